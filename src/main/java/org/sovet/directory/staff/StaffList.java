package org.sovet.directory.staff;

import java.util.List;

/**
 * A staff list as read from its file. {@code dated}: the file has «С»/«По» columns, so a role's dates are the
 * file's (an empty cell: open); without them a role held today keeps whatever dates it has.
 */
public record StaffList(List<StaffRow> rows, boolean dated) {

    public StaffList {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }
}
