package org.sovet.notify;

import static org.sovet.notify.TaskNotificationProcess.Vars;

import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.sovet.common.RussianDates;
import org.sovet.config.SovetProperties;
import org.springframework.stereotype.Component;

/** Tells one person, by e-mail, that a task waits for them in Tasklist. */
@Component("sendTaskMail")
class SendTaskMail implements JavaDelegate {

    private final Mailer mailer;
    private final IdentityService identity;
    private final ZoneId zone;

    SendTaskMail(Mailer mailer, IdentityService identity, SovetProperties properties) {
        this.mailer = mailer;
        this.identity = identity;
        this.zone = properties.timeZone();
    }

    @Override
    public void execute(DelegateExecution execution) {
        String recipientId = (String) execution.getVariable(Vars.RECIPIENT);
        User user = identity.createUserQuery().userId(recipientId).singleResult();
        if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
            return;
        }
        // the Camunda user mirrors the directory (first name and patronymic, surname); the full form puts the surname first
        String fullName = (Objects.toString(user.getLastName(), "") + " " + Objects.toString(user.getFirstName(), "")).trim();
        if (execution.getVariable(Vars.HANDED_OVER) instanceof List<?> handedOver) {
            String from = (String) execution.getVariable(Vars.HANDED_OVER_FROM);
            mailer.send(MailKey.of(execution, recipientId), new Mail(user.getEmail(), fullName, user.getFirstName(),
                    "Вам переданы задачи: " + from, "tasks-handed-over", Map.of("from", from, "tasks", handedOver,
                    "clusterName", Objects.toString(execution.getVariable(Vars.CLUSTER_NAME), "")), List.of()));
            return;
        }
        String taskName = (String) execution.getVariable(Vars.TASK_NAME);
        Date due = (Date) execution.getVariable(Vars.DUE);
        var model = new HashMap<String, Object>();
        model.put("taskId", execution.getVariable(Vars.TASK_ID));
        model.put("taskName", taskName);
        model.put("subject", execution.getVariable(Vars.SUBJECT));
        model.put("clusterName", execution.getVariable(Vars.CLUSTER_NAME));
        model.put("note", execution.getVariable(Vars.NOTE));
        model.put("due", due == null ? null : RussianDates.longDate(due.toInstant().atZone(zone).toLocalDate()));
        mailer.send(MailKey.of(execution, recipientId), new Mail(user.getEmail(), fullName, user.getFirstName(),
                "Новая задача: " + taskName, "task-assigned", model, List.of()));
    }
}
