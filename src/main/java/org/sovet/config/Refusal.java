package org.sovet.config;

import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A refusal decided inside an engine command, with the HTTP status and the Russian message it
 * deserves. Camunda's REST resources wrap engine exceptions into statuses and English texts of
 * their own (a refused comment becomes «400 Not enough parameters submitted»), so the refusal is
 * remembered on the request's thread, as {@code InputRejectedException} is, and
 * {@link RejectionResponseFilter} answers with it.
 */
class Refusal extends ProcessEngineException {

    private static final ThreadLocal<Refusal> LAST = new ThreadLocal<>();

    private final int status;

    Refusal(int status, String message) {
        super(message);
        this.status = status;
        LAST.set(this);
    }

    /** The refusal raised on this thread since the last call, if any; clears it. */
    static Optional<Refusal> takeLast() {
        Refusal last = LAST.get();
        LAST.remove();
        return Optional.ofNullable(last);
    }

    int status() {
        return status;
    }
}
