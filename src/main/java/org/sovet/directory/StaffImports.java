package org.sovet.directory;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The staff lists uploaded for import (table {@code staff_import}): previewed, then applied once. */
@Repository
class StaffImports {

    /** An upload; {@code rows} is the parsed list as JSON, {@code appliedAt} null until confirmed. */
    record Stored(String id, String clusterId, String uploadedBy, OffsetDateTime uploadedAt, String fileName, String fileHash,
                  String rows, OffsetDateTime appliedAt, String summary) {}

    private final JdbcClient jdbc;

    StaffImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(Stored s) {
        jdbc.sql("insert into staff_import (id, cluster_id, uploaded_by, uploaded_at, file_name, file_hash, staff_rows)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(s.id(), s.clusterId(), s.uploadedBy(), Timestamp.from(s.uploadedAt().toInstant()), s.fileName(),
                        s.fileHash(), s.rows()).update();
    }

    Optional<Stored> find(String id) {
        return jdbc.sql("select id, cluster_id, uploaded_by, uploaded_at, file_name, file_hash, staff_rows, applied_at, summary"
                        + " from staff_import where id = ?")
                .param(id).query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class), rs.getString(9)))
                .optional();
    }

    /** Marks the upload applied; false when another confirmation came first. */
    boolean markApplied(String id, String actor, Instant at, String summary) {
        return jdbc.sql("update staff_import set applied_at = ?, applied_by = ?, summary = ? where id = ? and applied_at is null")
                .params(Timestamp.from(at), actor, summary, id).update() == 1;
    }

    /** When the same file was last applied to the cluster, if ever. */
    Optional<OffsetDateTime> appliedBefore(String clusterId, String fileHash) {
        return jdbc.sql("select max(applied_at) from staff_import where cluster_id = ? and file_hash = ?")
                .params(clusterId, fileHash).query(OffsetDateTime.class).optional();
    }

    /** Previews never confirmed are dropped after a week: the directory has moved on since. */
    void forgetUnappliedBefore(Instant before) {
        jdbc.sql("delete from staff_import where applied_at is null and uploaded_at < ?").param(Timestamp.from(before)).update();
    }
}
