package org.sovet.audit;

import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_CLAIM;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_COMPLETE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_CREATE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

/**
 * What people did to the processes besides completing their tasks, from the user operation log:
 * claims, assignments, delegations, due dates, suspensions, deletions, changed variables and the
 * like. Completions are the task lines themselves; a start is the process's first line.
 */
@Component
class OperationEntries {

    private static final Map<String, String> OPERATIONS = Map.ofEntries(
            Map.entry(OPERATION_TYPE_CLAIM, "Задача взята в работу"),
            Map.entry("Assign", "Назначен исполнитель задачи"),
            Map.entry("Delegate", "Задача делегирована"),
            Map.entry("Resolve", "Делегированная задача возвращена"),
            Map.entry("SetOwner", "Назначен владелец задачи"),
            Map.entry("SetPriority", "Изменён приоритет"),
            Map.entry("Update", "Задача изменена"),
            Map.entry("Delete", "Удаление"),
            Map.entry("Suspend", "Приостановка"),
            Map.entry("Activate", "Возобновление"),
            Map.entry("SuspendJob", "Приостановка задания"),
            Map.entry("ActivateJob", "Возобновление задания"),
            Map.entry("SetJobRetries", "Повтор задания"),
            Map.entry("SetDueDate", "Изменён срок задания"),
            Map.entry("SetVariable", "Записана переменная"),
            Map.entry("SetVariables", "Записаны переменные"),
            Map.entry("ModifyVariable", "Изменены переменные"),
            Map.entry("RemoveVariable", "Удалена переменная"),
            Map.entry("ModifyProcessInstance", "Процесс перемещён по схеме"),
            Map.entry("Migrate", "Процесс перенесён на другую версию схемы"),
            Map.entry("RestartProcessInstance", "Процесс перезапущен"),
            Map.entry("CorrelateMessage", "Процессу передано сообщение"),
            Map.entry("SetRemovalTime", "Изменён срок хранения истории"),
            Map.entry("DeleteHistory", "Удалена история"),
            Map.entry("CreateIncident", "Создан инцидент"),
            Map.entry("AddAttachment", "Добавлено вложение"),
            Map.entry("DeleteAttachment", "Удалено вложение"));

    private static final Map<String, String> ENTITIES = Map.of(
            EntityTypes.TASK, "задача", EntityTypes.PROCESS_INSTANCE, "процесс", EntityTypes.JOB, "задание",
            EntityTypes.VARIABLE, "переменная", EntityTypes.INCIDENT, "инцидент");

    /** Generic operations say what they were applied to. */
    private static final List<String> GENERIC = List.of("Delete", "Suspend", "Activate");

    private final People people;
    private final OperationValues values;

    OperationEntries(People people, OperationValues values) {
        this.people = people;
        this.values = values;
    }

    List<Happening> of(HistorySnapshot history) {
        List<Happening> lines = new ArrayList<>();
        for (List<UserOperationLogEntry> operation : history.operationsById().values()) {
            UserOperationLogEntry first = operation.get(0);
            if (shownElsewhere(first)) {
                continue;
            }
            String process = history.instance(first.getProcessInstanceId()).map(i -> i.getProcessDefinitionName()).orElse("");
            String task = first.getTaskId() == null ? "" : history.task(first.getTaskId()).map(HistoricTaskInstance::getName)
                    .map(name -> ": «" + name + "»").orElse("");
            String changes = operation.stream().map(values::change).filter(Objects::nonNull).collect(Collectors.joining("; "));
            lines.add(new Happening(Instant.ofEpochMilli(first.getTimestamp().getTime()), -1, process, title(first) + task,
                    people.name(first.getUserId()), "", changes));
        }
        return lines;
    }

    private static boolean shownElsewhere(UserOperationLogEntry entry) {
        return OPERATION_TYPE_COMPLETE.equals(entry.getOperationType()) && EntityTypes.TASK.equals(entry.getEntityType())
                || OPERATION_TYPE_CREATE.equals(entry.getOperationType()) && EntityTypes.PROCESS_INSTANCE.equals(entry.getEntityType());
    }

    private static String title(UserOperationLogEntry entry) {
        String type = entry.getOperationType();
        if (OPERATION_TYPE_CLAIM.equals(type) && entry.getNewValue() == null) {
            return "Задача освобождена";
        }
        String title = OPERATIONS.getOrDefault(type, "Операция «" + type + "»");
        return GENERIC.contains(type) ? title + ": " + ENTITIES.getOrDefault(entry.getEntityType(), entry.getEntityType()) : title;
    }
}
