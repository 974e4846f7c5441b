package org.sovet.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.sovet.common.InputRejectedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Engine errors answer in Russian, both on /engine-rest and on the API Tasklist calls: a submission
 * refused by Sovet's validation 400 with its message alone (instead of the engine's wrapped 500), a
 * {@link Refusal} with its own status, and Camunda's own errors as {@link RestErrorAnswers} says.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RejectionResponseFilter extends OncePerRequestFilter {

    private final RestErrorAnswers errors;

    RejectionResponseFilter(RestErrorAnswers errors) {
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/engine/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        InputRejectedException.takeLast();
        Refusal.takeLast();
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
        } finally {
            var rejection = InputRejectedException.takeLast();
            var refusal = Refusal.takeLast();
            if (wrapper.getStatus() >= 400) {
                Optional<RestErrorAnswers.Answer> answer = rejection
                        .map(r -> new RestErrorAnswers.Answer(HttpServletResponse.SC_BAD_REQUEST, "InputRejectedException", r.getMessage()))
                        .or(() -> refusal.map(r -> new RestErrorAnswers.Answer(r.status(), "Refusal", r.getMessage())))
                        .or(() -> errors.translate(request, wrapper.getStatus(), wrapper.getContentAsByteArray()));
                if (answer.isPresent()) {
                    write(wrapper, answer.get());
                }
            }
            wrapper.copyBodyToResponse();
        }
    }

    private static void write(ContentCachingResponseWrapper wrapper, RestErrorAnswers.Answer answer) throws IOException {
        wrapper.resetBuffer();
        ErrorBody.write(wrapper, answer.status(), answer.type(), answer.message());
    }
}
