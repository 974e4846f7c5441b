package org.sovet.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.sovet.common.LoginThrottle;
import org.sovet.config.ClusterAccess;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

/** A page opened without a login sends the browser to the login page, which brings it back afterwards. */
class LoginRequired implements HandlerInterceptor {

    private final ClusterAccess access;

    LoginRequired(ClusterAccess access) {
        this.access = access;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        // posts answer for themselves: coming back to a post after the login would only be a GET of it
        boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!reading || access.user(request).isPresent()) {
            return true;
        }
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            // a tool that sent wrong credentials is told so, rather than sent to a form
            response.setContentType("text/plain;charset=UTF-8");
            if (request.getAttribute(LoginThrottle.REFUSED) instanceof Duration wait) {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.toSeconds() + 1));
                response.getWriter().write(LoginThrottle.message(wait));
                return false;
            }
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Sovet\"");
            response.getWriter().write("Неверное имя пользователя или пароль.");
            return false;
        }
        String page = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        response.sendRedirect(request.getContextPath() + "/login?next=" + URLEncoder.encode(page, StandardCharsets.UTF_8));
        return false;
    }
}
