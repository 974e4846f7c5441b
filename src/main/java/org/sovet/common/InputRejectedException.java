package org.sovet.common;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A submission a person made that the server refuses. Thrown inside the engine command, so
 * the whole transaction rolls back and nothing changes; the message is shown to the person,
 * each problem beside its form field when the validator named one ({@link Problems}).
 */
public class InputRejectedException extends ProcessEngineException {

    /**
     * The engine wraps listener exceptions and the REST layer answers 500 with its own prefix;
     * remembering the rejection lets {@code RejectionResponseFilter} answer 400 with our text.
     */
    private static final ThreadLocal<InputRejectedException> LAST = new ThreadLocal<>();

    private final List<Problems.Problem> problems;

    public InputRejectedException(List<String> problems) {
        this(problems.stream().map(problem -> new Problems.Problem(null, problem)).toArray(Problems.Problem[]::new));
    }

    public InputRejectedException(String problem) {
        this(List.of(problem));
    }

    InputRejectedException(Problems.Problem... found) {
        this(String.join(" ", Stream.of(found).map(Problems.Problem::message).toList()), found);
    }

    /** {@code message} sums the problems up when there are too many to name one by one. */
    InputRejectedException(String message, Problems.Problem... found) {
        super(message);
        this.problems = List.of(found);
        LAST.set(this);
    }

    /** A refusal about one field of the form. */
    public static InputRejectedException about(String field, String problem) {
        return new InputRejectedException(new Problems.Problem(field, problem));
    }

    /** The rejection raised on this thread since the last call, if any; clears it. */
    public static Optional<InputRejectedException> takeLast() {
        InputRejectedException last = LAST.get();
        LAST.remove();
        return Optional.ofNullable(last);
    }

    public List<String> problems() {
        return problems.stream().map(Problems.Problem::message).toList();
    }

    /** Every problem with the field it is about, where known. */
    public List<Problems.Problem> details() {
        return problems;
    }

    /** The first field a problem is about, for a client showing one message beside one field. */
    public Optional<String> field() {
        return problems.stream().map(Problems.Problem::field).filter(Objects::nonNull).findFirst();
    }
}
