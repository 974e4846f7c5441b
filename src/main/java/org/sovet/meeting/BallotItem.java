package org.sovet.meeting;

import java.util.List;

/** One agenda item on a member's ballot, with the draft decisions to vote on. */
public record BallotItem(String title, List<Choice> decisions) {

    public BallotItem {
        decisions = decisions == null ? List.of() : decisions.stream().filter(d -> d != null).toList();
    }

    /** @param choice FOR, AGAINST or ABSTAIN */
    public record Choice(String text, String choice, String comment) {}
}
