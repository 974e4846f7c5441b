package org.sovet.config;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;

/**
 * HTTP Basic credentials checked against Camunda's users: the actuator endpoints sit outside the
 * portal's and the webapps' logins (Sovet has no Spring Security), and scrapers and load balancers
 * cannot fill a login form.
 */
final class CamundaBasicLogin {

    private CamundaBasicLogin() {
    }

    /** The user whose password the request carries, if it is right. */
    static Optional<String> user(HttpServletRequest request, IdentityService identity) {
        String[] credentials = credentials(request.getHeader("Authorization"));
        boolean known = credentials.length == 2 && identity.checkPassword(credentials[0], credentials[1]);
        return known ? Optional.of(credentials[0]) : Optional.empty();
    }

    static boolean isMember(IdentityService identity, String userId, String groupId) {
        return identity.createGroupQuery().groupMember(userId).groupId(groupId).count() > 0;
    }

    private static String[] credentials(String header) {
        if (header == null || !header.startsWith("Basic ")) {
            return new String[0];
        }
        try {
            return new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8).split(":", 2);
        } catch (IllegalArgumentException e) {
            return new String[0];
        }
    }
}
