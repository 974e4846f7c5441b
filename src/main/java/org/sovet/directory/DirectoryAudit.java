package org.sovet.directory;

import java.time.Clock;
import java.util.List;
import org.sovet.common.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The directory's audit trail: one row per change, written in the transaction of the change it describes. */
@Component
class DirectoryAudit {

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
        String select = "select changed_at, changed_by, cluster_id, subject_type, subject_id, action, summary, before_value as before,"
                + " after_value as after from directory_change where ";
        String order = " order by changed_at desc, id desc";
        var query = clusterId == null ? jdbc.sql(select + "cluster_id is null" + order)
                : jdbc.sql(select + "cluster_id = ?" + order).param(clusterId);
        return query.query(RecordRows.of(DirectoryChange.class)).list();
    }
}
