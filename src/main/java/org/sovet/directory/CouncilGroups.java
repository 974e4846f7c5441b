package org.sovet.directory;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Candidate groups for the models, computed from the process's tenant (which no one can rewrite),
 * e.g. {@code camunda:candidateGroups="${councilGroups.of(execution, 'DIRECTOR')}"}: never a variable.
 */
@Component("councilGroups")
public class CouncilGroups {

    public String of(DelegateExecution execution, String role) {
        String clusterId = execution.getTenantId();
        if (clusterId == null) {
            throw new IllegalStateException("A council process runs in its cluster's tenant");
        }
        return CouncilRole.valueOf(role).groupId(clusterId);
    }
}
