package org.sovet.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            if (wrapper.getStatus() >= 400 && rejection.isPresent()) {
                wrapper.resetBuffer();
                ErrorBody.write(wrapper, HttpServletResponse.SC_BAD_REQUEST, "InputRejectedException", rejection.get().getMessage(),
                        fields(rejection.get()));
            } else if (wrapper.getStatus() >= 400) {
                Optional<RestErrorAnswers.Answer> answer = refusal
                        .map(r -> new RestErrorAnswers.Answer(r.status(), "Refusal", r.getMessage()))
                        .or(() -> errors.translate(request, wrapper.getStatus(), wrapper.getContentAsByteArray()));
                if (answer.isPresent()) {
                    write(wrapper, answer.get());
                }
            }
            wrapper.copyBodyToResponse();
        }
    }

    /**
     * The field of the refusal and every problem with its own, for Tasklist to show each beside its field
     * (sovet/refusals.js); a refusal naming no field has neither key.
     */
    private static Map<String, Object> fields(InputRejectedException rejection) {
        if (rejection.field().isEmpty()) {
            return Map.of();
        }
        List<Map<String, String>> problems = rejection.details().stream().map(problem -> {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("message", problem.message());
            if (problem.field() != null) {
                entry.put("field", problem.field());
            }
            return entry;
        }).toList();
        Map<String, Object> more = new LinkedHashMap<>();
        more.put("field", rejection.field().get());
        more.put("problems", problems);
        return more;
    }

    private static void write(ContentCachingResponseWrapper wrapper, RestErrorAnswers.Answer answer) throws IOException {
        wrapper.resetBuffer();
        ErrorBody.write(wrapper, answer.status(), answer.type(), answer.message());
    }
}
