package org.sovet.directory;

import java.util.List;
import java.util.Optional;
import org.sovet.common.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the reference data; the only class that knows the directory tables. */
@Repository
class DirectoryRepository {

    private static final String PERSON_COLUMNS =
            "p.id, p.last_name, p.first_name, p.middle_name, p.email, p.position, p.organization_id, p.supervisor";

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

    List<Person> peopleWithRole(String clusterId, CouncilRole role) {
        return jdbc.sql("select " + PERSON_COLUMNS + " from person p join council_role r on r.person_id = p.id"
                        + " where r.cluster_id = ? and r.role = ? order by p.last_name")
                .params(clusterId, role.name()).query(RecordRows.of(Person.class)).list();
    }

    List<Person> councilMembers(String clusterId) {
        return jdbc.sql("select distinct " + PERSON_COLUMNS + " from person p join council_role r on r.person_id = p.id"
                        + " where r.cluster_id = ? and r.role <> 'GUEST' order by p.last_name")
                .param(clusterId).query(RecordRows.of(Person.class)).list();
    }

    List<String> roles(String personId, String clusterId) {
        return jdbc.sql("select role from council_role where person_id = ? and cluster_id = ? order by role")
                .params(personId, clusterId).query(String.class).list();
    }

    List<String> clusterIdsOf(String personId) {
        return jdbc.sql("select distinct cluster_id from council_role where person_id = ? order by cluster_id")
                .param(personId).query(String.class).list();
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

    void grantRole(String personId, String clusterId, CouncilRole role) {
        Integer existing = jdbc.sql("select count(*) from council_role where person_id = ? and cluster_id = ? and role = ?")
                .params(personId, clusterId, role.name()).query(Integer.class).single();
        if (existing == 0) {
            jdbc.sql("insert into council_role (person_id, cluster_id, role) values (?, ?, ?)")
                    .params(personId, clusterId, role.name()).update();
        }
    }
}
