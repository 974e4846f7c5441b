package org.sovet.notify;

import static org.sovet.notify.TaskNotificationProcess.Vars;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.sovet.common.AsEngine;
import org.sovet.common.FormJson;
import org.sovet.common.TasksHandedOver;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Tells a person, by e-mail, which tasks of someone who left the council are theirs now. The mail goes through
 * the task notification process started in the caller's transaction: a change that rolls back mails nobody,
 * and the mail itself is an asynchronous job with retries, then an incident on the failed-mail page.
 */
@Service
public class HandoverNotice {

    private final RuntimeService runtime;
    private final IdentityService identity;

    HandoverNotice(RuntimeService runtime, IdentityService identity) {
        this.runtime = runtime;
        this.identity = identity;
    }

    /** In the change's transaction, like the handover itself. */
    @EventListener
    void tell(TasksHandedOver handover) {
        tell(handover.clusterId(), handover.clusterName(), handover.recipientId(), handover.fromName(), handover.tasks());
    }

    /** {@code tasks}: one line per task handed over, as the mail lists them. */
    public void tell(String clusterId, String clusterName, String recipientId, String fromName, List<String> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        // the system tells: the person who made the change may not start processes
        AsEngine.run(identity, () -> runtime.createProcessInstanceByKey(TaskNotificationProcess.KEY)
                .processDefinitionTenantId(clusterId)
                .setVariable(Vars.TASK_NAME, "Переданные задачи")
                .setVariable(Vars.SUBJECT, fromName)
                .setVariable(Vars.CLUSTER_NAME, clusterName)
                .setVariable(Vars.HANDED_OVER_FROM, fromName)
                .setVariable(Vars.HANDED_OVER, FormJson.ids(tasks))
                .setVariable(Vars.RECIPIENTS, FormJson.ids(List.of(recipientId)))
                .execute());
    }
}
