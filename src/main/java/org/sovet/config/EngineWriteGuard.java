package org.sovet.config;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.sovet.config.EngineWrite.Kind;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Process variables are no authority, so people may not write them: on the engine's REST API a
 * person (not an administrator) completes a task or starts a process with its form's fields only,
 * writes no text with control characters, and never writes variables, routing or messages directly.
 */
class EngineWriteGuard extends OncePerRequestFilter {

    private static final Set<String> COMPLETION_FIELDS = Set.of("variables", "withVariablesInReturn");
    private static final Set<String> START_FIELDS = Set.of("variables", "businessKey");

    private final IdentityService identity;
    private final SessionUser sessionUser;
    private final DeclaredForms forms;

    EngineWriteGuard(IdentityService identity, SessionUser sessionUser, DeclaredForms forms) {
        this.identity = identity;
        this.sessionUser = sessionUser;
        this.forms = forms;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !EngineWrite.isEngineApi(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            chain.doFilter(request, response);
            return;
        }
        EngineWrite write = EngineWrite.of(method, request.getRequestURI().substring(request.getContextPath().length()));
        Optional<String> user = user(request);
        if (user.isEmpty() || sessionUser.isAdmin(user.get())) {
            chain.doFilter(request, response);
            return;
        }
        if (write.kind() == Kind.REFUSED) {
            ErrorBody.write(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
                    "Это действие недоступно: данные процесса меняются только формами задач.");
            return;
        }
        CachedBodyRequest cached = new CachedBodyRequest(request);
        Optional<String> reason = SubmittedVariables.parse(cached.body()).flatMap(body -> reason(write, user.get(), body));
        if (reason.isPresent()) {
            ErrorBody.write(response, HttpServletResponse.SC_BAD_REQUEST, "InputRejectedException", reason.get());
            return;
        }
        chain.doFilter(cached, response);
    }

    private Optional<String> reason(EngineWrite write, String user, JsonNode body) {
        return SubmittedVariables.controlCharacters(body).or(() -> switch (write.kind()) {
            case COMPLETE_TASK -> forms.ofTask(user, write.taskId())
                    .flatMap(keys -> SubmittedVariables.beyondForm(body, COMPLETION_FIELDS, keys));
            case START_PROCESS -> forms.ofStart(user, write)
                    .flatMap(keys -> SubmittedVariables.beyondForm(body, START_FIELDS, keys)
                            .or(() -> SubmittedVariables.businessKey(body)));
            default -> Optional.empty();
        });
    }

    /** /engine-rest authenticated the caller already; Tasklist's API is used with the webapp session. */
    private Optional<String> user(HttpServletRequest request) {
        var current = identity.getCurrentAuthentication();
        return current != null && current.getUserId() != null ? Optional.of(current.getUserId()) : sessionUser.of(request);
    }
}
