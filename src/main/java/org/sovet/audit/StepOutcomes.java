package org.sovet.audit;

import java.util.Optional;

/** Reads what people decided at the steps of one process model, in Russian. */
interface StepOutcomes {

    /** The key of the process model these steps belong to. */
    String processKey();

    /** What was decided at this step; empty when the step decides nothing worth saying. */
    Optional<String> describe(Step step);

    /** Who made a step that is no task (a change made on a page); empty when it is the engine's. */
    default Optional<String> actor(Step step) {
        return Optional.empty();
    }
}
