package org.sovet.notify;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** The task notification's one mail step: the task's name says what the mail was about. */
@Component
class TaskNotificationMails implements MailSteps {

    private final RuntimeService runtime;

    TaskNotificationMails(RuntimeService runtime) {
        this.runtime = runtime;
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
        Object task = runtime.getVariable(process.getId(), TaskNotificationProcess.Vars.TASK_NAME);
        Object subject = runtime.getVariable(process.getId(), TaskNotificationProcess.Vars.SUBJECT);
        return "Задача «" + task + "»" + (subject == null ? "" : ": " + subject);
    }
}
