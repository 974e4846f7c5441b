package org.sovet.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.stereotype.Component;

/**
 * Whether a task a person tried to complete was completed already, by someone else or in another
 * tab. Only a task of the caller's own cluster counts: another cluster's finished task must look
 * like an unknown one. Asked after the request, when the engine has forgotten who called.
 */
@Component
class FinishedTasks {

    private static final String ENGINE = "default";

    private final HistoryService history;
    private final IdentityService identity;

    FinishedTasks(HistoryService history, IdentityService identity) {
        this.history = history;
        this.identity = identity;
    }

    boolean completedInCallersCluster(HttpServletRequest request, String taskId) {
        HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId)
                .taskDeleteReason("completed").singleResult();
        if (task == null) {
            return false;
        }
        return caller(request).map(user -> task.getTenantId() == null || identity.createTenantQuery().userMember(user)
                .includingGroupsOfUser(true).tenantId(task.getTenantId()).count() > 0).orElse(false);
    }

    /**
     * Tasklist's session user, or the HTTP Basic user name. The password is not checked again (that
     * would count as another login): an answer from the engine means the authentication filter let it in.
     */
    private static Optional<String> caller(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        if (authentications != null && authentications.hasAuthenticationForProcessEngine(ENGINE)) {
            return Optional.of(authentications.getAuthenticationForProcessEngine(ENGINE).getName());
        }
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith("Basic ")) {
            return Optional.empty();
        }
        String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
    }
}
