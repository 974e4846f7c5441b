package org.sovet.portal;

import org.sovet.common.RussianDates;
import org.sovet.followup.AssignmentRow;

/** An assignment as the archive lists it, read only: what, who, by when, how it stands. */
record AssignmentLine(long id, int protocolNumber, String text, String owner, String due, String stateTitle, String tone) {

    static AssignmentLine of(AssignmentRow row) {
        String tone = switch (row.state()) {
            case "DONE" -> "ok";
            case "OVERDUE" -> "danger";
            case "REPORTED" -> "info";
            case "CANCELLED" -> "off";
            default -> "plain";
        };
        return new AssignmentLine(row.id(), row.protocolNumber(), row.text(), row.owner(), RussianDates.longDate(row.dueDate()),
                row.stateTitle(), tone);
    }
}
