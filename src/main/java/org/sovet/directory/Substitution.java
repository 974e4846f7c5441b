package org.sovet.directory;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One acting substitute (замещение): from {@code validFrom} to {@code validTo}, both inclusive days of the
 * cluster's calendar, {@code substituteId} does the {@code role} work of {@code personId}.
 */
public record Substitution(
        long id,
        String clusterId,
        String personId,
        CouncilRole role,
        String substituteId,
        LocalDate validFrom,
        LocalDate validTo,
        String createdBy,
        Instant createdAt,
        Instant cancelledAt,
        String cancelledBy) {

    public boolean cancelled() {
        return cancelledAt != null;
    }

    /** In force on that day: not cancelled and the day within the period. */
    public boolean covers(LocalDate day) {
        return !cancelled() && !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    /** Whether it is still to come on that day (and not cancelled). */
    public boolean ahead(LocalDate day) {
        return !cancelled() && day.isBefore(validFrom);
    }
}
