package org.sovet.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The pages' forms that change something (cancel or re-assign an assignment, upload a file) must
 * carry the session's form token: the browser sends the session cookie with any post, even one
 * another site made it send. HTTP Basic credentials are no excuse: a browser that has them cached
 * sends them with a forged post too. Tools have no session, hence no token: they use /engine-rest.
 */
class FormPostGuard implements HandlerInterceptor {

    private final FormToken tokens;

    FormPostGuard(FormToken tokens) {
        this.tokens = tokens;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"POST".equals(request.getMethod()) || tokens.posted(request)) {
            return true;
        }
        throw new Refused();
    }

    /** Answered with a Russian page (403) by {@link RequestErrors}. */
    static final class Refused extends RuntimeException {
        Refused() {
            super("form posted without its session's token", null, false, false);
        }
    }
}
