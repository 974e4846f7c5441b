package org.sovet.config;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves a cluster's running instances to the latest version of their model after a deployment, so
 * a fix in a model (who a step is for, what it reads) applies to the work already under way. An
 * instance that cannot move (an activity the new model lacks) stays on its version, logged.
 */
@Component
public class InstanceMigration {

    private static final Logger LOG = LoggerFactory.getLogger(InstanceMigration.class);

    private final RepositoryService repository;
    private final RuntimeService runtime;

    InstanceMigration(RepositoryService repository, RuntimeService runtime) {
        this.repository = repository;
        this.runtime = runtime;
    }

    /** How many instances moved. */
    public int toLatest(String tenantId) {
        int moved = 0;
        List<ProcessDefinition> latest = repository.createProcessDefinitionQuery().tenantIdIn(tenantId).latestVersion().list();
        for (ProcessDefinition target : latest) {
            for (ProcessDefinition source : repository.createProcessDefinitionQuery().tenantIdIn(tenantId)
                    .processDefinitionKey(target.getKey()).list()) {
                if (source.getVersion() < target.getVersion()) {
                    moved += move(source, target);
                }
            }
        }
        return moved;
    }

    private int move(ProcessDefinition source, ProcessDefinition target) {
        var instances = runtime.createProcessInstanceQuery().processDefinitionId(source.getId());
        long count = instances.count();
        if (count == 0) {
            return 0;
        }
        try {
            var plan = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().updateEventTriggers().build();
            runtime.newMigration(plan).processInstanceQuery(instances).execute();
            LOG.info("Moved {} instance(s) of {} v{} to v{} (tenant {})", count, source.getKey(), source.getVersion(),
                    target.getVersion(), source.getTenantId());
            return (int) count;
        } catch (ProcessEngineException e) {
            LOG.warn("Instances of {} v{} stay on their version (tenant {}): {}", source.getKey(), source.getVersion(),
                    source.getTenantId(), e.getMessage());
            return 0;
        }
    }
}
