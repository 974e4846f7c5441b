package org.sovet.config;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * Whether a task a person tried to complete was completed already, by someone else or in another
 * tab. Only a task of the caller's own cluster counts: another cluster's finished task must look
 * like an unknown one. Asked after the request, when the engine has forgotten who called.
 */
@Component
class FinishedTasks {

    private final HistoryService history;
    private final IdentityService identity;
    private final SessionUser sessionUser;

    FinishedTasks(HistoryService history, IdentityService identity, SessionUser sessionUser) {
        this.history = history;
        this.identity = identity;
        this.sessionUser = sessionUser;
    }

    boolean completedInCallersCluster(HttpServletRequest request, String taskId) {
        HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId)
                .taskDeleteReason("completed").singleResult();
        if (task == null) {
            return false;
        }
        return sessionUser.claimed(request).map(user -> task.getTenantId() == null || identity.createTenantQuery().userMember(user)
                .includingGroupsOfUser(true).tenantId(task.getTenantId()).count() > 0).orElse(false);
    }
}
