package org.sovet.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A secret of the session that the portal's forms carry in a hidden field: another site can make
 * a browser post a form, but cannot read the secret, so its post is refused. Camunda's own CSRF
 * filter guards only /camunda/*.
 */
@Component
class FormToken {

    static final String FIELD = "_csrf";
    private static final String ATTRIBUTE = FormToken.class.getName();

    private final SecureRandom random = new SecureRandom();

    /** The session's token, issued when the session starts (FormTokenAtSessionStart). */
    String of(HttpSession session) {
        if (session.getAttribute(ATTRIBUTE) instanceof String existing) {
            return existing;
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String issued = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(ATTRIBUTE, issued);
        return issued;
    }

    /** The token of the request's session; none without a session (HTTP Basic callers have none). */
    Optional<String> current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.of(of(session));
    }

    /** Whether the posted form carries its session's token. */
    boolean posted(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String given = request.getParameter(FIELD);
        if (session == null || given == null || !(session.getAttribute(ATTRIBUTE) instanceof String expected)) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }
}
