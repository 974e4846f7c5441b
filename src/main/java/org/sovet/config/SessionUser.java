package org.sovet.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
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
        Optional<String> loggedIn = webappUser(request);
        if (loggedIn.isPresent()) {
            return loggedIn;
        }
        // a page asks several times; the password is checked (and a failure counted) once per request
        if (request.getAttribute(CHECKED) instanceof Optional<?> checked) {
            return checked.map(String.class::cast);
        }
        Optional<String> user = basic(request);
        request.setAttribute(CHECKED, user);
        return user;
    }

    /**
     * Who the request says it is, the password not checked again (that would count as another login):
     * for after the engine's own authentication let the request in.
     */
    public Optional<String> claimed(HttpServletRequest request) {
        return webappUser(request).or(() -> credentials(request).map(Credentials::user));
    }

    public boolean isAdmin(String userId) {
        var current = identity.getCurrentAuthentication();
        if (current != null && userId.equals(current.getUserId()) && current.getGroupIds() != null) {
            // the engine's REST authentication has loaded the caller's groups for this request already
            return current.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
        }
        return identity.createGroupQuery().groupMember(userId).groupId(Groups.CAMUNDA_ADMIN).count() > 0;
    }

    private static Optional<String> webappUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        return authentications != null && authentications.hasAuthenticationForProcessEngine(ENGINE)
                ? Optional.of(authentications.getAuthenticationForProcessEngine(ENGINE).getName()) : Optional.empty();
    }

    private static Optional<Credentials> credentials(HttpServletRequest request) {
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
        return colon < 0 ? Optional.empty() : Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    private record Credentials(String user, String password) {}

    private Optional<String> basic(HttpServletRequest request) {
        Optional<Credentials> credentials = credentials(request);
        if (credentials.isEmpty()) {
            return Optional.empty();
        }
        String user = credentials.get().user();
        var wait = throttle.refusal(user, request.getRemoteAddr());
        if (wait.isPresent()) {
            request.setAttribute(LoginThrottle.REFUSED, wait.get());
            return Optional.empty();
        }
        if (!identity.checkPassword(user, credentials.get().password())) {
            throttle.failed(user, request.getRemoteAddr());
            return Optional.empty();
        }
        throttle.succeeded(user);
        return Optional.of(user);
    }
}
