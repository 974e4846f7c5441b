package org.sovet.audit;

import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.DecisionDefinition;

/**
 * What Camunda's history holds on a record's process and the processes it called: the instances
 * (the root first), their steps in order of occurrence, tasks, user operations, variable updates
 * and rule evaluations.
 */
record HistorySnapshot(
        List<HistoricProcessInstance> instances,
        List<HistoricActivityInstance> activities,
        List<HistoricTaskInstance> tasks,
        List<UserOperationLogEntry> operations,
        List<HistoricVariableUpdate> updates,
        List<HistoricDecisionInstance> decisions,
        Map<String, DecisionDefinition> decisionDefinitions) {

    Optional<HistoricProcessInstance> instance(String processInstanceId) {
        return instances.stream().filter(i -> i.getId().equals(processInstanceId)).findFirst();
    }

    Optional<HistoricTaskInstance> taskOf(String activityInstanceId) {
        return tasks.stream().filter(t -> activityInstanceId.equals(t.getActivityInstanceId())).findFirst();
    }

    Optional<HistoricTaskInstance> task(String taskId) {
        return tasks.stream().filter(t -> t.getId().equals(taskId)).findFirst();
    }

    /** Where the activity instance stands among the steps, so entries of the same instant keep their order. */
    int position(String activityInstanceId) {
        for (int i = 0; i < activities.size(); i++) {
            if (activities.get(i).getId().equals(activityInstanceId)) {
                return i;
            }
        }
        return activities.size();
    }

    /** Ids of the activity instances that hold a multi-instance's repetitions. */
    Set<String> multiInstanceBodies() {
        return activities.stream().filter(a -> "multiInstanceBody".equals(a.getActivityType()))
                .map(HistoricActivityInstance::getId).collect(Collectors.toSet());
    }

    /**
     * Who started the process instance, if a person did (a start form); a process the engine started
     * (a call, an assignment when its protocol is signed) has no such operation.
     */
    Optional<String> startedBy(String processInstanceId) {
        return operations.stream()
                .filter(o -> processInstanceId.equals(o.getProcessInstanceId()) && EntityTypes.PROCESS_INSTANCE.equals(o.getEntityType())
                        && UserOperationLogEntry.OPERATION_TYPE_CREATE.equals(o.getOperationType()))
                .map(UserOperationLogEntry::getUserId).filter(u -> u != null).findFirst();
    }

    /** Who completed the task: the user the operation log names, if the completion was a person's. */
    Optional<String> completedBy(String taskId) {
        return operations.stream()
                .filter(o -> taskId.equals(o.getTaskId()) && UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(o.getOperationType()))
                .map(UserOperationLogEntry::getUserId).filter(u -> u != null).findFirst();
    }

    /**
     * The values set within an activity instance (or, given a process instance id, at its start), the
     * last one of each name that is not empty: a listener clearing a submitted field after reading it
     * leaves what the person submitted.
     */
    Map<String, Object> valuesIn(String activityInstanceId) {
        Map<String, Object> values = new HashMap<>();
        for (HistoricVariableUpdate update : updates) {
            Object value = value(update);
            if (activityInstanceId.equals(update.getActivityInstanceId()) && value != null) {
                values.put(update.getVariableName(), value);
            }
        }
        return values;
    }

    /** The value a process variable had last, at or before the moment; empty if never set. */
    Optional<Object> valueAt(String processInstanceId, String name, Date moment) {
        Object found = null;
        for (HistoricVariableUpdate update : updates) {
            if (processInstanceId.equals(update.getProcessInstanceId()) && name.equals(update.getVariableName())
                    && !update.getTime().after(moment) && value(update) != null) {
                found = value(update);
            }
        }
        return Optional.ofNullable(found);
    }

    /** The operations of the log, grouped as they were performed (one operation may change several properties). */
    Map<String, List<UserOperationLogEntry>> operationsById() {
        Map<String, List<UserOperationLogEntry>> grouped = new LinkedHashMap<>();
        operations.forEach(o -> grouped.computeIfAbsent(o.getOperationId(), id -> new java.util.ArrayList<>()).add(o));
        return grouped;
    }

    /** An object value stored without JSON cannot be read back here; such values are never shown anyway. */
    private static Object value(HistoricVariableUpdate update) {
        try {
            return update.getValue();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
