package org.sovet.meeting;

import java.time.LocalDate;

/**
 * A recorded decision with its vote and whether the council's rules adopt it. The counts are null
 * when the council recorded the decision without a vote count. The adoption rule's version is the one
 * evaluated then; null when no rule was (no counts, no quorum, or recorded before versions were kept).
 * Voted together: the counts are those of one vote on all the session's decisions.
 * Without counts, or with the audience alone recorded (no quorum established), {@code adopted} is true: the decision
 * stands as the council recorded it and is followed up, but the protocol claims no adoption for it.
 */
public record Decision(long id, int itemPosition, int position, String text, String kind, Integer votesFor, Integer votesAgainst,
                       Integer votesAbstain, boolean adopted, Integer adoptionRuleVersion, String owner, String due,
                       LocalDate dueDate, boolean votedTogether) {}
