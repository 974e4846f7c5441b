package org.sovet.notify;

import static org.sovet.notify.TaskNotificationProcess.Vars;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.sovet.common.FormJson;
import org.springframework.stereotype.Component;

/**
 * On task creation, starts a notification process in the same transaction: if the step rolls
 * back no mail is sent, and the mail itself goes out asynchronously with retries. The person
 * who caused the task (saving their own draft) is not told about it.
 */
@Component("notifyTaskCandidates")
class NotifyTaskCandidates implements TaskListener {

    private final RuntimeService runtime;
    private final IdentityService identity;

    NotifyTaskCandidates(RuntimeService runtime, IdentityService identity) {
        this.runtime = runtime;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        // The acting person (a director returning a plan) may neither read other users nor start
        // processes; telling the next person is the system's doing, not theirs.
        CommandContext command = Context.getCommandContext();
        command.disableAuthorizationCheck();
        try {
            startNotification(task);
        } finally {
            command.enableAuthorizationCheck();
        }
    }

    private void startNotification(DelegateTask task) {
        Set<String> recipients = recipients(task);
        var actor = identity.getCurrentAuthentication();
        if (actor != null) {
            recipients.remove(actor.getUserId());
        }
        if (recipients.isEmpty()) {
            return;
        }
        runtime.createProcessInstanceByKey(TaskNotificationProcess.KEY)
                .processDefinitionTenantId(task.getTenantId())
                .setVariable(Vars.TASK_ID, task.getId())
                .setVariable(Vars.TASK_NAME, task.getName())
                .setVariable(Vars.SUBJECT, text(task.getVariable("subject")))
                .setVariable(Vars.CLUSTER_NAME, text(task.getVariable("clusterName")))
                .setVariable(Vars.DUE, task.getDueDate())
                // by convention every process keeps the remarks of its last review in "reviewRemarks"
                .setVariable(Vars.NOTE, text(task.getVariable("reviewRemarks")))
                .setVariable(Vars.RECIPIENTS, FormJson.ids(new ArrayList<>(recipients)))
                .execute();
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
}
