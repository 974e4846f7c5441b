package org.sovet.portal;

import org.sovet.config.ClusterAccess;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The pages people open in a browser: the portal and the pages of other features that share its header. */
@Configuration(proxyBeanMethods = false)
class PortalWebConfig implements WebMvcConfigurer {

    private static final String[] PAGES = {"/", "/portal", "/portal/**", "/assignments", "/assignments/*/files",
            "/meetings/*/materials", "/audit/**"};

    /** Documents opened from mails and pages: without a login, the login page first, then the document. */
    private static final String[] DOCUMENTS = {"/plans/*/document", "/protocols/**", "/meetings/*/materials/**",
            "/assignments/*/files/**", "/assignments.csv"};

    private final ClusterAccess access;
    private final Viewers viewers;

    PortalWebConfig(ClusterAccess access, Viewers viewers) {
        this.access = access;
        this.viewers = viewers;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LoginRequired(access)).addPathPatterns(PAGES).addPathPatterns(DOCUMENTS);
        registry.addInterceptor(new PageHeader(viewers)).addPathPatterns(PAGES);
    }
}
