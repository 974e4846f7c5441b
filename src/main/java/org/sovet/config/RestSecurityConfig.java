package org.sovet.config;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.sovet.directory.Directory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * /engine-rest is open by default: every request must carry HTTP Basic credentials checked
 * against Camunda's identity service, so authorization and tenant checks apply to the caller.
 */
@Configuration(proxyBeanMethods = false)
class RestSecurityConfig {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-rest-authentication");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(101);
        return registration;
    }

    /** After the caller is known (the authentication filter above), before any engine resource runs. */
    @Bean
    FilterRegistrationBean<EngineWriteGuard> engineWriteGuard(IdentityService identity, SessionUser sessionUser,
                                                              DeclaredForms forms) {
        var registration = new FilterRegistrationBean<>(new EngineWriteGuard(identity, sessionUser, forms));
        registration.setName("sovet-engine-write-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(102);
        return registration;
    }

    /** Council groups, their members and the clusters' tenants follow the directory; nobody edits them over REST. */
    @Bean
    FilterRegistrationBean<CouncilMembershipGuard> councilMembershipGuard(Directory directory) {
        var registration = new FilterRegistrationBean<>(new CouncilMembershipGuard(directory));
        registration.setName("sovet-council-membership-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(103);
        return registration;
    }
}
