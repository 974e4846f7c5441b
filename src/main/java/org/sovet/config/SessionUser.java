package org.sovet.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.sovet.common.LoginThrottle;
import org.springframework.stereotype.Component;

/**
 * Who is asking, for Sovet's own pages: the user logged in to Tasklist (the Camunda webapp
 * session, so there is one login) or HTTP Basic credentials checked against Camunda identity,
 * slowed down by the login throttle like the login page.
 */
@Component
public class SessionUser {

    private static final String ENGINE = "default";

    private static final String CHECKED = SessionUser.class.getName() + ".basic";

    private final IdentityService identity;
    private final LoginThrottle throttle;

    SessionUser(IdentityService identity, LoginThrottle throttle) {
        this.identity = identity;
        this.throttle = throttle;
    }

    public Optional<String> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
            if (authentications != null && authentications.hasAuthenticationForProcessEngine(ENGINE)) {
                return Optional.of(authentications.getAuthenticationForProcessEngine(ENGINE).getName());
            }
        }
        // a page asks several times; the password is checked (and a failure counted) once per request
        if (request.getAttribute(CHECKED) instanceof Optional<?> checked) {
            return checked.map(String.class::cast);
        }
        Optional<String> user = basic(request);
        request.setAttribute(CHECKED, user);
        return user;
    }

    public boolean isAdmin(String userId) {
        return identity.createGroupQuery().groupMember(userId).groupId("camunda-admin").count() > 0;
    }

    private Optional<String> basic(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith("Basic ")) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String user = decoded.substring(0, colon);
        var wait = throttle.refusal(user, request.getRemoteAddr());
        if (wait.isPresent()) {
            request.setAttribute(LoginThrottle.REFUSED, wait.get());
            return Optional.empty();
        }
        if (!identity.checkPassword(user, decoded.substring(colon + 1))) {
            throttle.failed(user, request.getRemoteAddr());
            return Optional.empty();
        }
        throttle.succeeded(user);
        return Optional.of(user);
    }
}
