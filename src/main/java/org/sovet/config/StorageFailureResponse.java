package org.sovet.config;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * After a request whose database write failed because the disk is full: every pooled connection is
 * dropped (H2 has closed the database; each would fail once more), and a REST call (/engine-rest,
 * the API Tasklist calls) answers 503 with the Russian message instead of the engine's 500. Pages
 * are answered by {@link StorageFailurePage}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
class StorageFailureResponse extends OncePerRequestFilter {

    private final DataSource dataSource;

    StorageFailureResponse(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        StorageFailure.takeSeen();
        if (!isRest(request)) {
            try {
                chain.doFilter(request, response);
            } finally {
                dropConnectionsAfterFailure();
            }
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
        } finally {
            if (dropConnectionsAfterFailure() && wrapper.getStatus() >= 500) {
                wrapper.resetBuffer();
                ErrorBody.write(wrapper, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "StorageUnavailable", StorageFailure.MESSAGE);
            }
            wrapper.copyBodyToResponse();
        }
    }

    private boolean dropConnectionsAfterFailure() {
        if (!StorageFailure.takeSeen()) {
            return false;
        }
        if (dataSource instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
            hikari.getHikariPoolMXBean().softEvictConnections();
        }
        return true;
    }

    private static boolean isRest(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/");
    }
}
