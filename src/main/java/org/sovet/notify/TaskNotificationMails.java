package org.sovet.notify;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** The task notification's one mail step: the tasks' names say what the mail was about. */
@Component
class TaskNotificationMails implements MailSteps {

    private final RuntimeService runtime;
    private final TaskNotifications notifications;

    TaskNotificationMails(RuntimeService runtime, TaskNotifications notifications) {
        this.runtime = runtime;
        this.notifications = notifications;
    }

    @Override
    public String processKey() {
        return TaskNotificationProcess.KEY;
    }

    @Override
    public Map<String, String> steps() {
        return Map.of(TaskNotificationProcess.Elements.SEND, "Письмо о новой задаче");
    }

    @Override
    public String record(ProcessInstance process) {
        Map<String, Object> variables = runtime.getVariables(process.getId());
        List<TaskNotice> tasks = notifications.of(process.getId(), variables::get);
        return tasks.size() == 1 ? tasks.get(0).describe()
                : "Задачи " + tasks.stream().map(task -> "«" + task.taskName() + "»").distinct().collect(Collectors.joining(", "));
    }
}
