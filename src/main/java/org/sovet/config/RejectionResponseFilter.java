package org.sovet.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.sovet.common.InputRejectedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A submission refused by Sovet's validation answers 400 with the Russian message alone, both
 * on /engine-rest and on the API Tasklist calls, instead of the engine's wrapped 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RejectionResponseFilter extends OncePerRequestFilter {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/engine/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        InputRejectedException.takeLast();
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
        } finally {
            var rejection = InputRejectedException.takeLast();
            if (rejection.isPresent() && wrapper.getStatus() >= 400) {
                wrapper.resetBuffer();
                byte[] body = json.writeValueAsBytes(Map.of(
                        "type", "InputRejectedException", "message", rejection.get().getMessage(), "code", 0));
                wrapper.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                wrapper.setContentType("application/json");
                wrapper.setCharacterEncoding(StandardCharsets.UTF_8.name());
                wrapper.getOutputStream().write(body);
            }
            wrapper.copyBodyToResponse();
        }
    }
}
