package org.sovet.meeting;

import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.sovet.directory.Directory;
import org.springframework.stereotype.Component;

/** The council's regulation as DMN tables (processes/*.dmn), evaluated in the cluster's tenant. */
@Component
class CouncilRules {

    private final DecisionService decisions;
    private final Directory directory;

    CouncilRules(DecisionService decisions, Directory directory) {
        this.decisions = decisions;
        this.directory = directory;
    }

    boolean quorum(String clusterId, int votingMembers, int present) {
        return decisions.evaluateDecisionByKey("quorum").decisionDefinitionTenantId(clusterId)
                .variables(Map.of("votingMembers", votingMembers, "presentVoting", present,
                        "quorumPercent", directory.settings(clusterId).quorumPercent()))
                .evaluate().getSingleResult().getSingleEntry();
    }

    boolean adopted(String clusterId, String kind, int votesFor, int presentVoting) {
        return decisions.evaluateDecisionByKey("decision_adoption").decisionDefinitionTenantId(clusterId)
                .variables(Map.of("kind", kind, "votesFor", votesFor, "presentVoting", presentVoting,
                        "qualifiedPercent", directory.settings(clusterId).qualifiedPercent()))
                .evaluate().getSingleResult().getSingleEntry();
    }
}
