package org.sovet.support;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.sovet.directory.RoleDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The directory as the context's first test found it. A test that changes the directory through its
 * pages or services leaves audit rows; the next test's reset puts back each person, organization and
 * council setting those rows name, removes the ones added, and brings Camunda's memberships in line.
 */
@Component
public class DirectorySnapshot {

    private final JdbcClient jdbc;
    private final RoleDates roleDates;
    private final IdentityService identity;
    private final RepositoryService repository;
    private final AuthorizationService authorizations;
    private Map<String, List<Map<String, Object>>> saved;

    DirectorySnapshot(JdbcClient jdbc, RoleDates roleDates, IdentityService identity, RepositoryService repository,
                      AuthorizationService authorizations) {
        this.jdbc = jdbc;
        this.roleDates = roleDates;
        this.identity = identity;
        this.repository = repository;
        this.authorizations = authorizations;
    }

    void restore() {
        if (saved == null) {
            saved = Map.of("person", rows("person"), "council_role", rows("council_role"), "organization", rows("organization"),
                    "council_setting", rows("council_setting"), "cluster", rows("cluster"));
            return;
        }
        List<Map<String, Object>> touched = jdbc.sql("select distinct subject_type, subject_id from directory_change").query().listOfRows();
        if (touched.isEmpty()) {
            return;
        }
        for (Map<String, Object> row : touched) {
            String id = (String) row.get("subject_id");
            switch ((String) row.get("subject_type")) {
                case "PERSON", "ROLE" -> {
                    jdbc.sql("delete from council_role where person_id = ?").param(id).update();
                    jdbc.sql("delete from person where id = ?").param(id).update();
                    putBack("person", "id", id);
                    putBack("council_role", "person_id", id);
                    givePasswordBack(id);
                }
                case "ORGANIZATION" -> {
                    jdbc.sql("update person set organization_id = null where organization_id = ?").param(id).update();
                    jdbc.sql("delete from organization where id = ?").param(id).update();
                    putBack("organization", "id", id);
                }
                case "CLUSTER" -> removeIfAdded(id);
                case "SETTINGS" -> {
                    jdbc.sql("delete from council_setting where cluster_id = ?").param(id).update();
                    putBack("council_setting", "cluster_id", id);
                }
                default -> { }
            }
        }
        jdbc.sql("delete from directory_change").update();
        roleDates.apply();
    }

    /** A cluster a test created goes with its people, models, tenant and groups: other tests count the clusters. */
    private void removeIfAdded(String clusterId) {
        if (saved.get("cluster").stream().anyMatch(row -> clusterId.equals(row.get("id")) || clusterId.equals(row.get("ID")))) {
            return;
        }
        // its people are subjects of their own audit rows and go with them
        jdbc.sql("delete from council_role where cluster_id = ?").param(clusterId).update();
        jdbc.sql("update person set organization_id = null where organization_id in (select id from organization where cluster_id = ?)")
                .param(clusterId).update();
        jdbc.sql("delete from organization where cluster_id = ?").param(clusterId).update();
        jdbc.sql("delete from council_setting where cluster_id = ?").param(clusterId).update();
        jdbc.sql("delete from cluster where id = ?").param(clusterId).update();
        repository.createDeploymentQuery().tenantIdIn(clusterId).list().forEach(d -> repository.deleteDeployment(d.getId(), true));
        identity.createGroupQuery().list().stream().filter(group -> group.getId().startsWith(clusterId + "-")).forEach(group -> {
            authorizations.createAuthorizationQuery().groupIdIn(group.getId()).list()
                    .forEach(a -> authorizations.deleteAuthorization(a.getId()));
            identity.deleteGroup(group.getId());
        });
        identity.deleteTenant(clusterId);
    }

    /** A deactivation locked the account out with a password no one knows. */
    private void givePasswordBack(String personId) {
        var user = identity.createUserQuery().userId(personId).singleResult();
        if (user != null) {
            user.setPassword("demo");
            // «demo» is below the password policy: only the demo seeding may set it
            ((IdentityServiceImpl) identity).saveUser(user, true);
            identity.unlockUser(personId);
        }
    }

    private List<Map<String, Object>> rows(String table) {
        return jdbc.sql("select * from " + table).query().listOfRows();
    }

    private void putBack(String table, String key, String id) {
        for (Map<String, Object> row : saved.get(table)) {
            if (id.equals(row.get(key)) || id.equals(row.get(key.toUpperCase()))) {
                List<String> columns = row.keySet().stream().toList();
                jdbc.sql("insert into " + table + " (" + String.join(", ", columns) + ") values ("
                                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")")
                        .params(columns.stream().map(row::get).toList()).update();
            }
        }
    }
}
