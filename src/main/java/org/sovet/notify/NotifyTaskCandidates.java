package org.sovet.notify;

import static org.sovet.notify.TaskNotificationProcess.Vars;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * On task creation, tells whom the task waits for through a notification process started in the same
 * transaction: if the step rolls back no mail is sent, and the mails go out asynchronously with retries. Every
 * task one engine command creates in a cluster (the twelve proposal tasks of a meeting, the assignments of a
 * signed protocol) goes into one notification. The person who caused the task (saving their own draft) is not
 * told about it.
 */
@Component("notifyTaskCandidates")
class NotifyTaskCandidates implements TaskListener {

    private final IdentityService identity;
    private final TaskNotifications notifications;

    NotifyTaskCandidates(IdentityService identity, TaskNotifications notifications) {
        this.identity = identity;
        this.notifications = notifications;
    }

    @Override
    public void notify(DelegateTask task) {
        // the acting person (a director returning a plan) may not read other users; telling them is the system's doing
        CommandContext command = Context.getCommandContext();
        command.disableAuthorizationCheck();
        Set<String> recipients;
        try {
            recipients = recipients(task);
        } finally {
            command.enableAuthorizationCheck();
        }
        var actor = identity.getCurrentAuthentication();
        if (actor != null) {
            recipients.remove(actor.getUserId());
        }
        if (recipients.isEmpty()) {
            return;
        }
        batch(command).add(command, task.getTenantId(), new TaskNotice(task.getId(), task.getName(),
                text(task.getVariable("subject")), text(task.getVariable("clusterName")),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                // by convention every process keeps the remarks of its last review in "reviewRemarks"
                text(task.getVariable("reviewRemarks")), new ArrayList<>(recipients)));
    }

    /** The command's batch, kept among its sessions: it ends with the command, whether it commits or fails. */
    private Batch batch(CommandContext command) {
        Batch batch = (Batch) command.getSessions().get(Batch.class);
        if (batch == null) {
            batch = new Batch();
            command.getSessions().put(Batch.class, batch);
        }
        return batch;
    }

    private Set<String> recipients(DelegateTask task) {
        Set<String> recipients = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            recipients.add(task.getAssignee());
            return recipients;
        }
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                identity.createUserQuery().memberOfGroup(link.getGroupId()).list().stream().map(User::getId).forEach(recipients::add);
            } else if (link.getUserId() != null) {
                recipients.add(link.getUserId());
            }
        }
        return recipients;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** The notifications one command started, by cluster, and how many tasks each tells of so far. */
    private final class Batch implements Session {

        private final Map<String, String> started = new HashMap<>();
        private final Map<String, Integer> counts = new HashMap<>();

        void add(CommandContext command, String tenantId, TaskNotice notice) {
            String notification = started.get(tenantId);
            if (notification == null) {
                // the acting person may not start processes either
                command.disableAuthorizationCheck();
                try {
                    notification = notifications.start(tenantId);
                } finally {
                    command.enableAuthorizationCheck();
                }
                started.put(tenantId, notification);
            }
            notifications.add(notification, counts.merge(tenantId, 1, Integer::sum) - 1, notice);
        }

        // nothing to write: the notifications and their rows are in the command's own transaction
        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
