package org.sovet.meeting;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/** The names of the council's rules as their DMN decisions state them, in the version a record cites. */
@Component
public class RuleNames {

    private final RepositoryService repository;

    RuleNames(RepositoryService repository) {
        this.repository = repository;
    }

    /** «Есть ли кворум». */
    public String quorum(String clusterId, int version) {
        return name(CouncilRules.QUORUM, clusterId, version);
    }

    /** «Принято ли решение». */
    public String adoption(String clusterId, int version) {
        return name(CouncilRules.ADOPTION, clusterId, version);
    }

    private String name(String key, String clusterId, int version) {
        return repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).tenantIdIn(clusterId)
                .decisionDefinitionVersion(version).singleResult().getName();
    }
}
