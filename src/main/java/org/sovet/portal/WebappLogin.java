package org.sovet.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.util.ServletContextUtil;
import org.springframework.stereotype.Component;

/**
 * Logs in the way Camunda's webapps do, into the same object of the HTTP session: whoever logs in
 * on the portal is logged in to Tasklist, and the other way round.
 */
@Component
class WebappLogin {

    private final ProcessEngine engine;

    WebappLogin(ProcessEngine engine) {
        this.engine = engine;
    }

    boolean logIn(HttpServletRequest request, String userId, String password) {
        if (userId.isBlank() || password.isEmpty() || !engine.getIdentityService().checkPassword(userId, password)) {
            return false;
        }
        // groups, tenants and the apps the user may open, exactly as Tasklist's own login builds them
        UserAuthentication authentication = AuthenticationUtil.createAuthentication(engine, userId);
        if (authentication == null) {
            return false;
        }
        // Camunda's authentication filter reloads groups and tenants once this time has passed
        authentication.setCacheValidationTime(ServletContextUtil.getAuthCacheValidationTime(request.getServletContext()));
        // a new session id, so that an id planted in the browser before the login is worth nothing
        AuthenticationUtil.revalidateSession(request, authentication);
        return true;
    }

    /** Ends the session, and with it the login to Tasklist, Cockpit and Admin. */
    void logOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
