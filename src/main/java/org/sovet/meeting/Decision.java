package org.sovet.meeting;

import java.time.LocalDate;

/** A recorded decision with its vote and whether the council's rules adopt it. */
public record Decision(long id, int itemPosition, int position, String text, String kind, int votesFor, int votesAgainst,
                       int votesAbstain, boolean adopted, String owner, String due, LocalDate dueDate) {}
