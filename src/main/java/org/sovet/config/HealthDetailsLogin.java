package org.sovet.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Boot shows health details to a request whose user has the role in
 * management.endpoint.health.roles; Sovet has no Spring Security, so HTTP Basic credentials on
 * /actuator/health are checked against Camunda's users and the role is a Camunda group. Without
 * them the status alone is shown, never a 401.
 */
@Configuration(proxyBeanMethods = false)
class HealthDetailsLogin {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> healthDetailsAuthentication(IdentityService identity) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new BasicAsGroups(identity));
        registration.addUrlPatterns("/actuator/health", "/actuator/health/*");
        return registration;
    }

    private static final class BasicAsGroups extends OncePerRequestFilter {

        private final IdentityService identity;

        BasicAsGroups(IdentityService identity) {
            this.identity = identity;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var user = CamundaBasicLogin.user(request, identity);
            chain.doFilter(user.isPresent() ? asUser(request, user.get()) : request, response);
        }

        private HttpServletRequest asUser(HttpServletRequest request, String userId) {
            return new HttpServletRequestWrapper(request) {
                @Override
                public Principal getUserPrincipal() {
                    return () -> userId;
                }

                @Override
                public boolean isUserInRole(String role) {
                    return CamundaBasicLogin.isMember(identity, userId, role);
                }
            };
        }
    }
}
