package org.sovet.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every session gets its form token in the request that creates it, whoever creates it (the portal,
 * Camunda's login). Sessions live in the database and each request reads its own copy: two pages of
 * one session loading at once, on one node or two, would otherwise each issue a token, and the form of
 * the page whose token was overwritten would be refused.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER + 1)
class FormTokenAtSessionStart extends OncePerRequestFilter {

    private final FormToken tokens;

    FormTokenAtSessionStart(FormToken tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public HttpSession getSession(boolean create) {
                HttpSession session = super.getSession(create);
                if (session != null && session.isNew()) {
                    tokens.of(session);
                }
                return session;
            }

            @Override
            public HttpSession getSession() {
                return getSession(true);
            }
        }, response);
    }
}
