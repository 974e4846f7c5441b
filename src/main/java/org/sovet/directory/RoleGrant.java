package org.sovet.directory;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A person's role in a cluster's council between two dates; a null date leaves that side open. */
public record RoleGrant(String personId, String clusterId, CouncilRole role, LocalDate validFrom, LocalDate validTo) {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public boolean heldOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || !validTo.isBefore(day));
    }

    /** «с 01.09.2026 по 31.08.2027», «с 01.09.2026», «по 31.12.2026», or nothing for a role without dates. */
    public String period() {
        String from = validFrom == null ? "" : "с " + DAY.format(validFrom);
        String to = validTo == null ? "" : "по " + DAY.format(validTo);
        return (from + " " + to).trim();
    }
}
