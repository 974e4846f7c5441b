package org.sovet.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.stereotype.Component;

/**
 * Who is asking, for Sovet's own pages: the user logged in to Tasklist (the Camunda webapp
 * session, so there is one login) or HTTP Basic credentials checked against Camunda identity.
 */
@Component
public class SessionUser {

    private static final String ENGINE = "default";

    private final IdentityService identity;

    SessionUser(IdentityService identity) {
        this.identity = identity;
    }

    public Optional<String> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
            if (authentications != null && authentications.hasAuthenticationForProcessEngine(ENGINE)) {
                return Optional.of(authentications.getAuthenticationForProcessEngine(ENGINE).getName());
            }
        }
        return basic(request.getHeader("Authorization"));
    }

    public boolean isAdmin(String userId) {
        return identity.createGroupQuery().groupMember(userId).groupId("camunda-admin").count() > 0;
    }

    private Optional<String> basic(String header) {
        if (header == null || !header.startsWith("Basic ")) {
            return Optional.empty();
        }
        String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String user = decoded.substring(0, colon);
        return identity.checkPassword(user, decoded.substring(colon + 1)) ? Optional.of(user) : Optional.empty();
    }
}
