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
 * What only Camunda administrators reach, with HTTP Basic credentials (a scrape job's basic_auth, a
 * cron job's curl): /actuator/prometheus tells the load, the users' activity and the JVM's state;
 * /admin/backup copies the whole database ({@link DatabaseBackup}). Anyone else gets 401 (no or
 * wrong credentials) or 403 (not an administrator).
 */
@Configuration(proxyBeanMethods = false)
class AdministratorEndpoints {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> metricsForAdministrators(IdentityService identity) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new AdministratorsOnly(identity,
                "Метрики доступны администраторам Camunda: войдите (HTTP Basic).", "Метрики доступны только администраторам Camunda."));
        registration.addUrlPatterns("/actuator/prometheus", "/actuator/prometheus/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> backupForAdministrators(IdentityService identity) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new AdministratorsOnly(identity,
                "Резервную копию снимают администраторы Camunda: войдите (HTTP Basic).",
                "Резервную копию снимают только администраторы Camunda."));
        registration.addUrlPatterns(DatabaseBackup.PATH);
        return registration;
    }

    private static final class AdministratorsOnly extends OncePerRequestFilter {

        private final IdentityService identity;
        private final String logIn;
        private final String notAdministrator;

        AdministratorsOnly(IdentityService identity, String logIn, String notAdministrator) {
            this.identity = identity;
            this.logIn = logIn;
            this.notAdministrator = notAdministrator;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var user = CamundaBasicLogin.user(request, identity);
            if (user.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Sovet\", charset=\"UTF-8\"");
                refuse(response, HttpServletResponse.SC_UNAUTHORIZED, logIn);
            } else if (!CamundaBasicLogin.isMember(identity, user.get(), Groups.CAMUNDA_ADMIN)) {
                refuse(response, HttpServletResponse.SC_FORBIDDEN, notAdministrator);
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
