package org.sovet.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * What a validator finds wrong with a submission, each problem with the form field it is about when the
 * validator knows it, so Tasklist can show the reason beside that field.
 */
public final class Problems {

    /** {@code field}: the form's data path, e.g. {@code sessionItems[1].decisions[0].votesFor}; null when none. */
    public record Problem(String field, String message) {}

    private final List<Problem> found = new ArrayList<>();

    /** A problem about the submission as a whole. */
    public void add(String message) {
        found.add(new Problem(null, message));
    }

    public void add(String field, String message) {
        found.add(new Problem(field, message));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /**
     * Refuses naming at most {@code most} problems in the message, the rest summed up by {@code more} (given their
     * number); every problem tied to a field still shows beside it.
     */
    public void reject(int most, IntFunction<String> more) {
        if (found.size() <= most) {
            reject();
            return;
        }
        List<String> named = new ArrayList<>(found.subList(0, most).stream().map(Problem::message).toList());
        named.add(more.apply(found.size() - most));
        throw new InputRejectedException(String.join(" ", named), found.toArray(Problem[]::new));
    }

    /** Refuses the submission if anything was found. */
    public void reject() {
        if (!found.isEmpty()) {
            throw new InputRejectedException(found.toArray(Problem[]::new));
        }
    }
}
