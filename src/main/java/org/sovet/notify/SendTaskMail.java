package org.sovet.notify;

import static org.sovet.notify.TaskNotificationProcess.Vars;

import java.time.ZoneId;
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
    private final TaskNotifications notifications;
    private final ZoneId zone;

    SendTaskMail(Mailing mailing, IdentityService identity, TaskNotifications notifications, SovetProperties properties) {
        this.mailing = mailing;
        this.identity = identity;
        this.notifications = notifications;
        this.zone = properties.timeZone();
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (execution.getVariable(Vars.HANDED_OVER) instanceof List<?> handedOver) {
            @SuppressWarnings("unchecked")
            List<String> recipients = mailing.recipients(execution, Vars.RECIPIENT, () -> (List<String>) execution.getVariable(Vars.RECIPIENTS));
            Map<String, User> users = withAddress(recipients);
            mailing.send(execution, recipients.stream().filter(users::containsKey).toList(),
                    id -> handover(execution, users.get(id), handedOver));
            return;
        }
        List<TaskNotice> notices = notifications.of(execution.getProcessInstanceId(), execution::getVariable);
        List<String> everyone = mailing.recipients(execution, Vars.RECIPIENT, () -> TaskNotifications.recipients(notices));
        Map<String, User> users = withAddress(everyone);
        mailing.send(execution, everyone.stream().filter(users::containsKey).toList(), id -> mail(users.get(id),
                notices.stream().filter(notice -> notice.recipients().contains(id)).toList()));
        notifications.sent(execution.getProcessInstanceId());
    }

    private Map<String, User> withAddress(List<String> userIds) {
        Map<String, User> users = new HashMap<>();
        userIds.forEach(id -> {
            User user = identity.createUserQuery().userId(id).singleResult();
            if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
                users.put(id, user);
            }
        });
        return users;
    }

    private Mail handover(DelegateExecution execution, User user, List<?> handedOver) {
        String from = (String) execution.getVariable(Vars.HANDED_OVER_FROM);
        return new Mail(user.getEmail(), fullName(user), user.getFirstName(), "Вам переданы задачи: " + from, "tasks-handed-over",
                Map.of("from", from, "tasks", handedOver,
                        "clusterName", Objects.toString(execution.getVariable(Vars.CLUSTER_NAME), "")), List.of());
    }

    /** One mail a person, however many of the tasks wait for them. */
    private Mail mail(User user, List<TaskNotice> tasks) {
        List<String> names = tasks.stream().map(TaskNotice::taskName).distinct().toList();
        String subject = tasks.size() == 1 ? "Новая задача: " + names.get(0)
                : "Новые задачи (" + tasks.size() + "): " + String.join("; ", names);
        return new Mail(user.getEmail(), fullName(user), user.getFirstName(), subject, "task-assigned",
                Map.of("tasks", tasks.stream().map(this::model).toList()), List.of());
    }

    private Map<String, Object> model(TaskNotice task) {
        var model = new HashMap<String, Object>();
        model.put("taskId", task.taskId());
        model.put("taskName", task.taskName());
        model.put("subject", task.subject());
        model.put("clusterName", task.clusterName());
        model.put("note", task.note());
        model.put("due", task.due() == null ? null : RussianDates.longDate(task.due().atZone(zone).toLocalDate()));
        return model;
    }

    /** The Camunda user mirrors the directory (first name and patronymic, surname); the full form puts the surname first. */
    private static String fullName(User user) {
        return (Objects.toString(user.getLastName(), "") + " " + Objects.toString(user.getFirstName(), "")).trim();
    }
}
