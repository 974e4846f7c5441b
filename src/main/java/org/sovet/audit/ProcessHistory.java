package org.sovet.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.sovet.common.AsEngine;
import org.springframework.stereotype.Component;

/**
 * Reads a record's history from Camunda: its process instance and every instance it called (a
 * meeting's protocol), not the processes it merely started (a protocol's assignments have their own
 * trail; task notifications are mail delivery).
 *
 * <p>It reads as the engine, with no authenticated user: the audit pages check first who may read the
 * record's cluster, and Camunda grants reading history to supervisors only, while the cluster's own
 * people may read their trail here too. Nothing here changes the engine's state.
 */
@Component
class ProcessHistory {

    private final HistoryService history;
    private final RepositoryService repository;
    private final IdentityService identity;

    ProcessHistory(HistoryService history, RepositoryService repository, IdentityService identity) {
        this.history = history;
        this.repository = repository;
        this.identity = identity;
    }

    /** Empty when the history is gone (removed after the council's retention) or the instance never existed. */
    Optional<HistorySnapshot> load(String processInstanceId) {
        return AsEngine.run(identity, () -> Optional.ofNullable(
                        history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult())
                .map(this::snapshot));
    }

    private HistorySnapshot snapshot(HistoricProcessInstance root) {
        List<HistoricProcessInstance> instances = withCalled(root);
        List<HistoricActivityInstance> activities = new ArrayList<>();
        List<HistoricTaskInstance> tasks = new ArrayList<>();
        List<UserOperationLogEntry> operations = new ArrayList<>();
        List<HistoricVariableUpdate> updates = new ArrayList<>();
        List<HistoricDecisionInstance> decisions = new ArrayList<>();
        for (HistoricProcessInstance instance : instances) {
            String id = instance.getId();
            activities.addAll(history.createHistoricActivityInstanceQuery().processInstanceId(id)
                    .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list());
            tasks.addAll(history.createHistoricTaskInstanceQuery().processInstanceId(id).list());
            operations.addAll(history.createUserOperationLogQuery().processInstanceId(id).orderByTimestamp().asc().list());
            history.createHistoricDetailQuery().processInstanceId(id).variableUpdates().disableBinaryFetching()
                    .disableCustomObjectDeserialization().orderPartiallyByOccurrence().asc().list()
                    .forEach(detail -> updates.add((HistoricVariableUpdate) detail));
            decisions.addAll(history.createHistoricDecisionInstanceQuery().processInstanceId(id).includeInputs().includeOutputs()
                    .orderByEvaluationTime().asc().list());
        }
        // a definition whose deployment was deleted leaves its evaluations without a version
        Map<String, DecisionDefinition> definitions = new LinkedHashMap<>();
        decisions.forEach(d -> definitions.computeIfAbsent(d.getDecisionDefinitionId(),
                definitionId -> repository.createDecisionDefinitionQuery().decisionDefinitionId(definitionId).singleResult()));
        return new HistorySnapshot(instances, activities, tasks, operations, updates, decisions, definitions);
    }

    /** The root and, breadth first, the instances its call activities started. */
    private List<HistoricProcessInstance> withCalled(HistoricProcessInstance root) {
        List<HistoricProcessInstance> all = new ArrayList<>(List.of(root));
        for (int i = 0; i < all.size(); i++) {
            all.addAll(history.createHistoricProcessInstanceQuery().superProcessInstanceId(all.get(i).getId())
                    .orderByProcessInstanceStartTime().asc().list());
        }
        return all;
    }
}
