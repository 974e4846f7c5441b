package org.sovet.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only class that knows the substitution table. */
@Repository
class SubstitutionRepository {

    private static final String COLUMNS = "select id, cluster_id, person_id, role, substitute_id, valid_from, valid_to,"
            + " created_by, created_at, cancelled_at, cancelled_by from substitution";

    private final JdbcClient jdbc;

    SubstitutionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest period first. */
    List<Substitution> of(String clusterId) {
        return jdbc.sql(COLUMNS + " where cluster_id = ? order by valid_from desc, id desc").param(clusterId)
                .query(SubstitutionRepository::row).list();
    }

    /** Those in force on that day in the cluster. */
    List<Substitution> covering(String clusterId, LocalDate day) {
        return jdbc.sql(COLUMNS + " where cluster_id = ? and cancelled_at is null and valid_from <= ? and valid_to >= ? order by id")
                .params(clusterId, day, day).query(SubstitutionRepository::row).list();
    }

    Optional<Substitution> find(long id) {
        return jdbc.sql(COLUMNS + " where id = ?").param(id).query(SubstitutionRepository::row).optional();
    }

    /**
     * Holds the cluster's row until the transaction ends: two people naming substitutes for one role at
     * once (on two nodes) check for an overlap one after the other.
     */
    void lockCluster(String clusterId) {
        jdbc.sql("select id from cluster where id = ? for update").param(clusterId).query(String.class).optional();
    }

    boolean overlaps(String clusterId, CouncilRole role, LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from substitution where cluster_id = ? and role = ? and cancelled_at is null"
                        + " and valid_from <= ? and valid_to >= ?")
                .params(clusterId, role.name(), to, from).query(Integer.class).single() > 0;
    }

    long insert(String clusterId, SubstitutionForm form, String createdBy, Instant at) {
        jdbc.sql("insert into substitution (cluster_id, person_id, role, substitute_id, valid_from, valid_to, created_by, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(clusterId, form.personId(), form.role().name(), form.substituteId(), form.from(), form.to(), createdBy,
                        utc(at))
                .update();
        return jdbc.sql("select max(id) from substitution where cluster_id = ? and created_by = ?")
                .params(clusterId, createdBy).query(Long.class).single();
    }

    boolean cancel(long id, String by, Instant at) {
        return jdbc.sql("update substitution set cancelled_at = ?, cancelled_by = ? where id = ? and cancelled_at is null")
                .params(utc(at), by, id).update() == 1;
    }

    /**
     * The cluster's substitutions whose tasks are to move on that day: in force and not handed over yet, or
     * handed over and now over (the day after the last, or cancelled) and not handed back yet.
     */
    List<Long> due(String clusterId, LocalDate day) {
        return jdbc.sql("select id from substitution where cluster_id = ? and ((cancelled_at is null and handed_over_at is null"
                        + " and valid_from <= ? and valid_to >= ?) or (handed_over_at is not null and handed_back_at is null"
                        + " and (cancelled_at is not null or valid_to < ?))) order by id")
                .params(clusterId, day, day, day).query(Long.class).list();
    }

    /** Claims the hand-over: of two nodes sweeping at once, the second waits for the first's commit and gets false. */
    boolean markHandedOver(long id, Instant at) {
        return jdbc.sql("update substitution set handed_over_at = ? where id = ? and handed_over_at is null")
                .params(utc(at), id).update() == 1;
    }

    boolean markHandedBack(long id, Instant at) {
        return jdbc.sql("update substitution set handed_back_at = ? where id = ? and handed_over_at is not null"
                        + " and handed_back_at is null").params(utc(at), id).update() == 1;
    }

    private static Substitution row(ResultSet rs, int n) throws SQLException {
        return new Substitution(rs.getLong(1), rs.getString(2), rs.getString(3), CouncilRole.valueOf(rs.getString(4)),
                rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getString(8),
                instant(rs.getObject(9, OffsetDateTime.class)), instant(rs.getObject(10, OffsetDateTime.class)), rs.getString(11));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
