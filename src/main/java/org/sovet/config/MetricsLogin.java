package org.sovet.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * /actuator/prometheus tells the load, the users' activity and the JVM's state: only Camunda
 * administrators read it, with HTTP Basic credentials (a Prometheus scrape job's basic_auth), as
 * they read health details. Anyone else gets 401 (no or wrong credentials) or 403 (not an administrator).
 */
@Configuration(proxyBeanMethods = false)
class MetricsLogin {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> metricsForAdministrators(IdentityService identity) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new AdministratorsOnly(identity));
        registration.addUrlPatterns("/actuator/prometheus", "/actuator/prometheus/*");
        return registration;
    }

    private static final class AdministratorsOnly extends OncePerRequestFilter {

        private final IdentityService identity;

        AdministratorsOnly(IdentityService identity) {
            this.identity = identity;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var user = CamundaBasicLogin.user(request, identity);
            if (user.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Sovet\", charset=\"UTF-8\"");
                refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Метрики доступны администраторам Camunda: войдите (HTTP Basic).");
            } else if (!CamundaBasicLogin.isMember(identity, user.get(), Groups.CAMUNDA_ADMIN)) {
                refuse(response, HttpServletResponse.SC_FORBIDDEN, "Метрики доступны только администраторам Camunda.");
            } else {
                chain.doFilter(request, response);
            }
        }

        private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
            response.setStatus(status);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(message);
        }
    }
}
