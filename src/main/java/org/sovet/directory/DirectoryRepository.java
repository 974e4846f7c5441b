package org.sovet.directory;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sovet.common.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the reference data; the only class that knows the directory tables. A role counts
 * on a day between its dates, and only for an active person: {@code today} is the directory's date.
 */
@Repository
class DirectoryRepository {

    private static final String PERSON_COLUMNS =
            "p.id, p.last_name, p.first_name, p.middle_name, p.email, p.position, p.organization_id, p.supervisor";

    /** The role row {@code r} of the person {@code p} holds on the day given by the two parameters. */
    private static final String HELD = " p.active and (r.valid_from is null or r.valid_from <= ?) and (r.valid_to is null or r.valid_to >= ?)";

    private final JdbcClient jdbc;

    DirectoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Cluster> clusters() {
        return jdbc.sql("select id, name, area_genitive, locality, district, time_zone, council_name from cluster order by name")
                .query(RecordRows.of(Cluster.class)).list();
    }

    Optional<Cluster> cluster(String id) {
        return jdbc.sql("select id, name, area_genitive, locality, district, time_zone, council_name from cluster where id = ?")
                .param(id).query(RecordRows.of(Cluster.class)).optional();
    }

    List<Organization> organizations(String clusterId) {
        return jdbc.sql("select id, cluster_id, short_name, full_name, anchor from organization where cluster_id = ? order by anchor desc, short_name")
                .param(clusterId).query(RecordRows.of(Organization.class)).list();
    }

    Optional<Organization> organization(String id) {
        return jdbc.sql("select id, cluster_id, short_name, full_name, anchor from organization where id = ?")
                .param(id).query(RecordRows.of(Organization.class)).optional();
    }

    Optional<Person> person(String id) {
        return jdbc.sql("select " + PERSON_COLUMNS + " from person p where p.id = ?")
                .param(id).query(RecordRows.of(Person.class)).optional();
    }

    List<Person> people() {
        return jdbc.sql("select " + PERSON_COLUMNS + " from person p order by p.last_name").query(RecordRows.of(Person.class)).list();
    }

    List<Person> peopleWithRole(String clusterId, CouncilRole role, LocalDate today) {
        return jdbc.sql("select " + PERSON_COLUMNS + " from person p join council_role r on r.person_id = p.id"
                        + " where r.cluster_id = ? and r.role = ? and" + HELD + " order by p.last_name")
                .params(clusterId, role.name(), today, today).query(RecordRows.of(Person.class)).list();
    }

    List<Person> councilMembers(String clusterId, LocalDate today) {
        return jdbc.sql("select distinct " + PERSON_COLUMNS + " from person p join council_role r on r.person_id = p.id"
                        + " where r.cluster_id = ? and r.role <> 'GUEST' and" + HELD + " order by p.last_name")
                .params(clusterId, today, today).query(RecordRows.of(Person.class)).list();
    }

    List<String> roles(String personId, String clusterId, LocalDate today) {
        return jdbc.sql("select r.role from council_role r join person p on p.id = r.person_id"
                        + " where r.person_id = ? and r.cluster_id = ? and" + HELD + " order by r.role")
                .params(personId, clusterId, today, today).query(String.class).list();
    }

    List<String> clusterIdsOf(String personId, LocalDate today) {
        return jdbc.sql("select distinct r.cluster_id from council_role r join person p on p.id = r.person_id"
                        + " where r.person_id = ? and" + HELD + " order by r.cluster_id")
                .params(personId, today, today).query(String.class).list();
    }

    /** Every role row of the cluster, past and future ones too, with its dates. */
    List<RoleGrant> roleGrants(String clusterId) {
        return jdbc.sql("select r.person_id, r.cluster_id, r.role, r.valid_from, r.valid_to from council_role r"
                        + " join person p on p.id = r.person_id where r.cluster_id = ? order by p.last_name, r.role")
                .param(clusterId).query(RecordRows.of(RoleGrant.class)).list();
    }

    Optional<RoleGrant> roleGrant(String personId, String clusterId, CouncilRole role) {
        return jdbc.sql("select person_id, cluster_id, role, valid_from, valid_to from council_role"
                        + " where person_id = ? and cluster_id = ? and role = ?")
                .params(personId, clusterId, role.name()).query(RecordRows.of(RoleGrant.class)).optional();
    }

    /** Everyone who ever had a role in the cluster, the active ones first. */
    List<Person> people(String clusterId) {
        return jdbc.sql("select " + PERSON_COLUMNS + " from person p where p.id in (select person_id from council_role where cluster_id = ?)"
                        + " order by p.active desc, p.last_name, p.first_name")
                .param(clusterId).query(RecordRows.of(Person.class)).list();
    }

    boolean isActive(String personId) {
        return jdbc.sql("select count(*) from person where id = ? and active").param(personId).query(Integer.class).single() > 0;
    }

    /** When the person was deactivated; empty for an active one. */
    Optional<Instant> deactivatedAt(String personId) {
        return jdbc.sql("select deactivated_at from person where id = ? and not active").param(personId)
                .query((rs, n) -> rs.getTimestamp(1)).list().stream().filter(Objects::nonNull)
                .map(Timestamp::toInstant).findFirst();
    }

    void setActive(String personId, boolean active, String actor, java.time.Instant at) {
        jdbc.sql("update person set active = ?, deactivated_at = ?, deactivated_by = ? where id = ?")
                .params(active, active ? null : java.sql.Timestamp.from(at), active ? null : actor, personId).update();
    }

    List<String> clustersWithAnyRole(String personId) {
        return jdbc.sql("select distinct cluster_id from council_role where person_id = ? order by cluster_id")
                .param(personId).query(String.class).list();
    }

    boolean emailTaken(String email, String exceptPersonId) {
        return jdbc.sql("select count(*) from person where lower(email) = lower(?) and active and id <> ?")
                .params(email, exceptPersonId == null ? "" : exceptPersonId).query(Integer.class).single() > 0;
    }

    boolean personExists(String id) {
        return jdbc.sql("select count(*) from person where id = ?").param(id).query(Integer.class).single() > 0;
    }

    Optional<CouncilSettings> settings(String clusterId) {
        return jdbc.sql("select cluster_id, numbering, quorum_percent, qualified_percent, signers, proposal_days, reminder_days,"
                        + " history_retention_days, dual_roles_allowed, cancelled_free_numbers, decisions_layout,"
                        + " written_signers from council_setting where cluster_id = ?")
                .param(clusterId)
                .query((rs, n) -> new CouncilSettings(rs.getString(1), "ACADEMIC_YEAR".equals(rs.getString(2)), rs.getInt(3),
                        rs.getInt(4), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getBoolean(9),
                        rs.getBoolean(10), rs.getString(11), rs.getString(12)))
                .optional();
    }

    void saveSettings(CouncilSettings s) {
        jdbc.sql("delete from council_setting where cluster_id = ?").param(s.clusterId()).update();
        jdbc.sql("insert into council_setting (cluster_id, numbering, quorum_percent, qualified_percent, signers, proposal_days,"
                        + " reminder_days, history_retention_days, dual_roles_allowed, cancelled_free_numbers, decisions_layout,"
                        + " written_signers) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(s.clusterId(), s.academicYearNumbering() ? "ACADEMIC_YEAR" : "CALENDAR_YEAR", s.quorumPercent(),
                        s.qualifiedPercent(), s.signers(), s.proposalDays(), s.reminderDays(), s.historyRetentionDays(),
                        s.dualRolesAllowed(), s.cancelledFreeNumbers(), s.decisionsLayout(), s.writtenSigners())
                .update();
    }

    void saveCluster(Cluster c) {
        int updated = jdbc.sql("update cluster set name = ?, area_genitive = ?, locality = ?, district = ?, time_zone = ?,"
                        + " council_name = ? where id = ?")
                .params(c.name(), c.areaGenitive(), c.locality(), c.district(), c.timeZone(), c.councilName(), c.id()).update();
        if (updated == 0) {
            jdbc.sql("insert into cluster (id, name, area_genitive, locality, district, time_zone, council_name)"
                            + " values (?, ?, ?, ?, ?, ?, ?)")
                    .params(c.id(), c.name(), c.areaGenitive(), c.locality(), c.district(), c.timeZone(), c.councilName()).update();
        }
    }

    void saveOrganization(Organization o) {
        int updated = jdbc.sql("update organization set cluster_id = ?, short_name = ?, full_name = ?, anchor = ? where id = ?")
                .params(o.clusterId(), o.shortName(), o.fullName(), o.anchor(), o.id()).update();
        if (updated == 0) {
            jdbc.sql("insert into organization (id, cluster_id, short_name, full_name, anchor) values (?, ?, ?, ?, ?)")
                    .params(o.id(), o.clusterId(), o.shortName(), o.fullName(), o.anchor()).update();
        }
    }

    void savePerson(Person p) {
        int updated = jdbc.sql("update person set last_name = ?, first_name = ?, middle_name = ?, email = ?, position = ?,"
                        + " organization_id = ?, supervisor = ? where id = ?")
                .params(p.lastName(), p.firstName(), p.middleName(), p.email(), p.position(), p.organizationId(),
                        p.supervisor(), p.id()).update();
        if (updated == 0) {
            jdbc.sql("insert into person (id, last_name, first_name, middle_name, email, position, organization_id, supervisor)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(p.id(), p.lastName(), p.firstName(), p.middleName(), p.email(), p.position(),
                            p.organizationId(), p.supervisor()).update();
        }
    }

    /** Grants the role for these dates (null: open); a role held already takes the new dates. */
    void grantRole(String personId, String clusterId, CouncilRole role, LocalDate from, LocalDate to) {
        int updated = jdbc.sql("update council_role set valid_from = ?, valid_to = ? where person_id = ? and cluster_id = ? and role = ?")
                .params(from, to, personId, clusterId, role.name()).update();
        if (updated == 0) {
            jdbc.sql("insert into council_role (person_id, cluster_id, role, valid_from, valid_to) values (?, ?, ?, ?, ?)")
                    .params(personId, clusterId, role.name(), from, to).update();
        }
    }
}
