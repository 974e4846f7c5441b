package org.sovet.meeting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.sovet.directory.Directory;
import org.springframework.stereotype.Component;

/**
 * The council's quorum rule (quorum.dmn, the tenant's latest version) asked about the members who said
 * they will come. Evaluated by a DMN engine of its own, outside the process engine: a forecast is no
 * ruling, and the meeting's history (its audit) records only the rulings.
 */
@Component
class QuorumForecast {

    private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();
    private final RepositoryService repository;
    private final Directory directory;

    QuorumForecast(RepositoryService repository, Directory directory) {
        this.repository = repository;
        this.directory = directory;
    }

    boolean expected(String clusterId, int votingMembers, int coming) {
        String definitionId = repository.createDecisionDefinitionQuery().decisionDefinitionKey(CouncilRules.QUORUM)
                .tenantIdIn(clusterId).latestVersion().singleResult().getId();
        DmnDecision decision = parsed.computeIfAbsent(definitionId, this::parse);
        return dmn.evaluateDecisionTable(decision, Map.of("votingMembers", votingMembers, "presentVoting", coming,
                "quorumPercent", directory.settings(clusterId).quorumPercent())).getSingleResult().getSingleEntry();
    }

    private DmnDecision parse(String definitionId) {
        try (InputStream model = repository.getDecisionModel(definitionId)) {
            return dmn.parseDecision(CouncilRules.QUORUM, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
