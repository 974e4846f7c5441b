package org.sovet.directory;

import java.time.Clock;
import java.util.List;
import org.sovet.common.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The directory's audit trail: one row per change, written in the transaction of the change it describes. */
@Component
class DirectoryAudit {

    private static final String SELECT = "select changed_at, changed_by, cluster_id, subject_type, subject_id, action, summary,"
            + " before_value as before, after_value as after from directory_change";
    private static final String ORDER = " order by changed_at desc, id desc";

    private final JdbcClient jdbc;
    private final Clock clock;

    DirectoryAudit(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(String actor, String clusterId, String subjectType, String subjectId, String action, String summary,
                String before, String after) {
        recordChange(DirectoryChange.of(clock.instant(), actor, clusterId, subjectType, subjectId, action, summary, before, after));
    }

    private void recordChange(DirectoryChange change) {
        jdbc.sql("insert into directory_change (changed_at, changed_by, cluster_id, subject_type, subject_id, action, summary,"
                        + " before_value, after_value) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(java.sql.Timestamp.from(change.changedAtInstant()), change.changedBy(), change.clusterId(), change.subjectType(),
                        change.subjectId(), change.action(), change.summary(), change.before(), change.after())
                .update();
    }

    List<DirectoryChange> changes(String clusterId) {
        // PostgreSQL cannot type a bare «? is null»: the changes of no cluster are asked for apart
        var query = clusterId == null ? jdbc.sql(SELECT + " where cluster_id is null" + ORDER)
                : jdbc.sql(SELECT + " where cluster_id = ?" + ORDER).param(clusterId);
        return query.query(RecordRows.of(DirectoryChange.class)).list();
    }

    /** Every change, of every cluster and of none: one query, not one a cluster. */
    List<DirectoryChange> all() {
        return jdbc.sql(SELECT + ORDER).query(RecordRows.of(DirectoryChange.class)).list();
    }
}
