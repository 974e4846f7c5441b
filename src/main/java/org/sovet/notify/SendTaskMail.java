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

/** Tells each person a task waits for, by e-mail, that it waits for them in Tasklist; people without an address are skipped. */
@Component("sendTaskMail")
class SendTaskMail implements JavaDelegate {

    private final Mailing mailing;
    private final IdentityService identity;
    private final ZoneId zone;

    SendTaskMail(Mailing mailing, IdentityService identity, SovetProperties properties) {
        this.mailing = mailing;
        this.identity = identity;
        this.zone = properties.timeZone();
    }

    @Override
    public void execute(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        List<String> everyone = mailing.recipients(execution, Vars.RECIPIENT, () -> (List<String>) execution.getVariable(Vars.RECIPIENTS));
        Map<String, User> users = new HashMap<>();
        everyone.forEach(id -> {
            User user = identity.createUserQuery().userId(id).singleResult();
            if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
                users.put(id, user);
            }
        });
        Map<String, Object> model = model(execution);
        mailing.send(execution, everyone.stream().filter(users::containsKey).toList(), id -> mail(execution, users.get(id), model));
    }

    private Mail mail(DelegateExecution execution, User user, Map<String, Object> model) {
        // the Camunda user mirrors the directory (first name and patronymic, surname); the full form puts the surname first
        String fullName = (Objects.toString(user.getLastName(), "") + " " + Objects.toString(user.getFirstName(), "")).trim();
        if (execution.getVariable(Vars.HANDED_OVER) instanceof List<?> handedOver) {
            String from = (String) execution.getVariable(Vars.HANDED_OVER_FROM);
            return new Mail(user.getEmail(), fullName, user.getFirstName(), "Вам переданы задачи: " + from, "tasks-handed-over",
                    Map.of("from", from, "tasks", handedOver,
                            "clusterName", Objects.toString(execution.getVariable(Vars.CLUSTER_NAME), "")), List.of());
        }
        return new Mail(user.getEmail(), fullName, user.getFirstName(), "Новая задача: " + model.get("taskName"), "task-assigned",
                model, List.of());
    }

    private Map<String, Object> model(DelegateExecution execution) {
        Date due = (Date) execution.getVariable(Vars.DUE);
        var model = new HashMap<String, Object>();
        model.put("taskId", execution.getVariable(Vars.TASK_ID));
        model.put("taskName", execution.getVariable(Vars.TASK_NAME));
        model.put("subject", execution.getVariable(Vars.SUBJECT));
        model.put("clusterName", execution.getVariable(Vars.CLUSTER_NAME));
        model.put("note", execution.getVariable(Vars.NOTE));
        model.put("due", due == null ? null : RussianDates.longDate(due.toInstant().atZone(zone).toLocalDate()));
        return model;
    }
}
