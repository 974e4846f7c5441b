package org.sovet.directory;

import java.time.Clock;
import org.springframework.stereotype.Component;

/** Writes one row of the directory's audit trail, in the transaction of the change it describes. */
@Component
class DirectoryAudit {

    private final DirectoryRepository repository;
    private final Clock clock;

    DirectoryAudit(DirectoryRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    void record(String actor, String clusterId, String subjectType, String subjectId, String action, String summary,
                String before, String after) {
        repository.recordChange(DirectoryChange.of(clock.instant(), actor, clusterId, subjectType, subjectId, action, summary,
                before, after));
    }
}
