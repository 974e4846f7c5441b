package org.sovet.support;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.sovet.directory.DirectoryChanges;
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
    private final DirectoryChanges changes;
    private final IdentityService identity;
    private Map<String, List<Map<String, Object>>> saved;

    DirectorySnapshot(JdbcClient jdbc, DirectoryChanges changes, IdentityService identity) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.identity = identity;
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
                case "SETTINGS" -> {
                    jdbc.sql("delete from council_setting where cluster_id = ?").param(id).update();
                    putBack("council_setting", "cluster_id", id);
                }
                default -> { }
            }
        }
        jdbc.sql("delete from directory_change").update();
        changes.applyDates();
    }

    /** A deactivation locked the account out with a password no one knows. */
    private void givePasswordBack(String personId) {
        var user = identity.createUserQuery().userId(personId).singleResult();
        if (user != null) {
            user.setPassword("demo");
            identity.saveUser(user);
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
