package org.sovet.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A REST call (/engine-rest, the API Tasklist calls) that failed because the disk is full answers
 * 503 with the Russian message instead of the engine's 500. Pages are answered by {@link StorageFailurePage}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
class StorageFailureResponse extends OncePerRequestFilter {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        StorageFailure.takeSeen();
        if (!isRest(request)) {
            try {
                chain.doFilter(request, response);
            } finally {
                StorageFailure.takeSeen();
            }
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
        } finally {
            if (StorageFailure.takeSeen() && wrapper.getStatus() >= 500) {
                wrapper.resetBuffer();
                wrapper.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                wrapper.setContentType("application/json");
                wrapper.setCharacterEncoding(StandardCharsets.UTF_8.name());
                wrapper.getOutputStream().write(json.writeValueAsBytes(
                        Map.of("type", "StorageUnavailable", "message", StorageFailure.MESSAGE, "code", 0)));
            }
            wrapper.copyBodyToResponse();
        }
    }

    private static boolean isRest(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/");
    }
}
