package org.sovet.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser protections of Sovet's own pages. Our pages run no script and load nothing from
 * elsewhere; they carry inline styles (layout-style.html, style attributes). Camunda's webapps
 * (/camunda/) send their own policy, which their scripts need, and /engine-rest/ serves no pages.
 */
@Component
class PageSecurityHeaders extends OncePerRequestFilter {

    static final String POLICY = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static final String CSP = "Content-Security-Policy";
    private static final String NOSNIFF = "X-Content-Type-Options";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/camunda/") || path.startsWith("/engine-rest/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // set before the page is written; a download (document.Downloads) replaces the policy with its sandbox
        response.setHeader(CSP, POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader(NOSNIFF, "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, new Replacing(response));
    }

    /** Spring adds a response entity's headers: two policies would both apply, so the handler's replaces ours. */
    private static final class Replacing extends HttpServletResponseWrapper {

        Replacing(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name) || NOSNIFF.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
