package org.sovet.portal;

import org.sovet.config.ClusterAccess;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The pages people open in a browser: the portal and the pages of other features that share its header. */
@Configuration(proxyBeanMethods = false)
class PortalWebConfig implements WebMvcConfigurer {

    private static final String[] PAGES = {"/", "/portal", "/portal/**", "/assignments", "/assignments/*/files",
            "/meetings/*/materials", "/audit/**", "/mail", "/mail/**", "/profile",
            "/notifications/**", "/directory", "/directory/**"};

    /** Documents opened from mails and pages: without a login, the login page first, then the document. */
    private static final String[] DOCUMENTS = {"/plans/*/document", "/protocols/**", "/meetings/*/materials/**",
            "/assignments/*/files/**", "/assignments.csv",
            "/directory/changes.csv", "/directory/*/changes.csv"};

    /** Forms of other features' pages that change something. */
    private static final String[] CHANGES = {"/assignments/*/cancel", "/assignments/*/reassign", "/assignments/*/files",
            "/meetings/*/materials", "/profile/password",
            "/notifications/failed/**", "/directory", "/directory/**", PasswordSetPage.PATH, ForgotPasswordPage.PATH};

    private final ClusterAccess access;
    private final Viewers viewers;
    private final FormToken tokens;

    PortalWebConfig(ClusterAccess access, Viewers viewers, FormToken tokens) {
        this.access = access;
        this.viewers = viewers;
        this.tokens = tokens;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LoginRequired(access)).addPathPatterns(PAGES).addPathPatterns(DOCUMENTS);
        // /logout shows the header without requiring a login: whoever is logged out already is told so;
        // a mail's «Приду / Не приду» link neither: its token is the proof
        registry.addInterceptor(new PageHeader(viewers)).addPathPatterns(PAGES).addPathPatterns("/logout", "/meetings/*/reply",
                "/password/**");
        registry.addInterceptor(new FormPostGuard(tokens)).addPathPatterns(CHANGES);
        registry.addInterceptor(new TextFieldGuard()).addPathPatterns(CHANGES).addPathPatterns("/login");
    }
}
