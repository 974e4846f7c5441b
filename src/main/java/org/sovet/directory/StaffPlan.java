package org.sovet.directory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sovet.common.Hashes;

/**
 * What importing a staff list would change, row by row, and whom it would take off the council. Its
 * {@link #fingerprint()} ties a confirmation to exactly the plan the keeper saw.
 *
 * @param notes what the page says besides the rows (e.g. that the keeper's own roles stay)
 */
public record StaffPlan(List<StaffLine> lines, List<StaffRemoval> removals, List<String> notes) {

    public long count(StaffLine.Kind kind) {
        return lines.stream().filter(line -> line.kind() == kind).count();
    }

    public long added() {
        return count(StaffLine.Kind.ADDED);
    }

    public long changed() {
        return count(StaffLine.Kind.CHANGED);
    }

    public long unchanged() {
        return count(StaffLine.Kind.UNCHANGED);
    }

    public long errors() {
        return count(StaffLine.Kind.ERROR);
    }

    /** How many changes confirming makes: additions and changes, and the removals when they are included. */
    public long changes(boolean withRemovals) {
        return added() + changed() + (withRemovals ? removals.size() : 0);
    }

    public String fingerprint() {
        return Hashes.sha256((lines.toString() + removals).getBytes(StandardCharsets.UTF_8));
    }
}
