package org.sovet.common;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A submission a person made that the server refuses. Thrown inside the engine command, so
 * the whole transaction rolls back and nothing changes; the message is shown to the person.
 */
public class InputRejectedException extends ProcessEngineException {

    /**
     * The engine wraps listener exceptions and the REST layer answers 500 with its own prefix;
     * remembering the rejection lets {@code RejectionResponseFilter} answer 400 with our text.
     */
    private static final ThreadLocal<InputRejectedException> LAST = new ThreadLocal<>();

    private final List<String> problems;

    public InputRejectedException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
        LAST.set(this);
    }

    /** The rejection raised on this thread since the last call, if any; clears it. */
    public static Optional<InputRejectedException> takeLast() {
        InputRejectedException last = LAST.get();
        LAST.remove();
        return Optional.ofNullable(last);
    }

    public InputRejectedException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
