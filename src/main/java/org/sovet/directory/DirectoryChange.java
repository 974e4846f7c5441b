package org.sovet.directory;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One change of the directory, as the audit shows it: who, when, what (a Russian summary), and the
 * values before and after where a value changed.
 */
public record DirectoryChange(OffsetDateTime changedAt, String changedBy, String clusterId, String subjectType,
                              String subjectId, String action, String summary, String before, String after) {

    static DirectoryChange of(Instant at, String actor, String clusterId, String subjectType, String subjectId,
                              String action, String summary, String before, String after) {
        return new DirectoryChange(at.atOffset(java.time.ZoneOffset.UTC), actor, clusterId, subjectType, subjectId, action,
                summary, before, after);
    }

    Instant changedAtInstant() {
        return changedAt.toInstant();
    }
}
