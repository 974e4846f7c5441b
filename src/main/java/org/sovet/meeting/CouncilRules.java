package org.sovet.meeting;

import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.sovet.directory.Directory;
import org.springframework.stereotype.Component;

/**
 * The council's regulation as DMN tables (processes/*.dmn), evaluated in the cluster's tenant.
 * Evaluated by id, so the version the protocol cites is the one that answered.
 */
@Component
class CouncilRules {

    static final String QUORUM = "quorum";
    static final String ADOPTION = "decision_adoption";

    private final DecisionService decisions;
    private final RepositoryService repository;
    private final Directory directory;

    CouncilRules(DecisionService decisions, RepositoryService repository, Directory directory) {
        this.decisions = decisions;
        this.repository = repository;
        this.directory = directory;
    }

    Ruling quorum(String clusterId, int votingMembers, int present) {
        return evaluate(clusterId, QUORUM, Map.of("votingMembers", votingMembers, "presentVoting", present,
                "quorumPercent", directory.settings(clusterId).quorumPercent()));
    }

    Ruling adopted(String clusterId, String kind, int votesFor, int presentVoting) {
        return evaluate(clusterId, ADOPTION, Map.of("kind", kind, "votesFor", votesFor, "presentVoting", presentVoting,
                "qualifiedPercent", directory.settings(clusterId).qualifiedPercent()));
    }

    /** The version of the rule the BPMN task evaluated: its binding is the process's own deployment. */
    int versionInDeployment(String processDefinitionId, String key, String clusterId) {
        String deploymentId = repository.getProcessDefinition(processDefinitionId).getDeploymentId();
        return repository.createDecisionDefinitionQuery().deploymentId(deploymentId).decisionDefinitionKey(key)
                .tenantIdIn(clusterId).singleResult().getVersion();
    }

    private Ruling evaluate(String clusterId, String key, Map<String, Object> variables) {
        DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                .tenantIdIn(clusterId).latestVersion().singleResult();
        boolean result = decisions.evaluateDecisionById(latest.getId()).variables(variables)
                .evaluate().getSingleResult().getSingleEntry();
        return new Ruling(result, latest.getVersion());
    }
}
