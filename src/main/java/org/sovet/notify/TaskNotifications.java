package org.sovet.notify;

import static org.sovet.notify.TaskNotificationProcess.Vars;

import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.RuntimeService;
import org.sovet.common.FormJson;
import org.springframework.stereotype.Component;

/** The task notification process's start and the tasks it tells of. */
@Component
class TaskNotifications {

    private final RuntimeService runtime;
    private final TaskNoticeRecords records;
    private final FormJson json;

    TaskNotifications(RuntimeService runtime, TaskNoticeRecords records, FormJson json) {
        this.runtime = runtime;
        this.records = records;
        this.json = json;
    }

    /** A notification of a cluster's new tasks, in the caller's transaction; its tasks are added with {@link #add}. */
    String start(String tenantId) {
        return runtime.createProcessInstanceByKey(TaskNotificationProcess.KEY).processDefinitionTenantId(tenantId).execute().getId();
    }

    void add(String processInstanceId, int position, TaskNotice notice) {
        records.add(processInstanceId, position, notice);
    }

    /** The tasks of a notification; one of a notification started before they were kept apart, from its variables. */
    List<TaskNotice> of(String processInstanceId, Function<String, Object> variable) {
        List<TaskNotice> kept = records.of(processInstanceId);
        if (!kept.isEmpty()) {
            return kept;
        }
        Date due = (Date) variable.apply(Vars.DUE);
        return List.of(new TaskNotice(text(variable, Vars.TASK_ID), text(variable, Vars.TASK_NAME), text(variable, Vars.SUBJECT),
                text(variable, Vars.CLUSTER_NAME), due == null ? null : due.toInstant(), text(variable, Vars.NOTE),
                json.list(variable.apply(Vars.RECIPIENTS), String.class, Vars.RECIPIENTS)));
    }

    /** Everyone the tasks wait for, each once. */
    static List<String> recipients(List<TaskNotice> notices) {
        Set<String> everyone = new LinkedHashSet<>();
        notices.forEach(notice -> everyone.addAll(notice.recipients()));
        return List.copyOf(everyone);
    }

    /** The mails have gone: the tasks' words are no longer needed. */
    void sent(String processInstanceId) {
        records.forget(processInstanceId);
    }

    private static String text(Function<String, Object> variable, String name) {
        Object value = variable.apply(name);
        return value == null ? null : value.toString();
    }
}
