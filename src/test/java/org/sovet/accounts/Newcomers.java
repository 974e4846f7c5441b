package org.sovet.accounts;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.sovet.directory.PersonAdded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People added as the directory adds them outside the demo and test profiles: a Camunda user with no
 * password, and {@link PersonAdded} published inside the same transaction. Removed again after each test.
 */
@Component
@Lazy
class Newcomers {

    private final JdbcClient jdbc;
    private final IdentityService identity;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final List<String> added = new ArrayList<>();

    Newcomers(JdbcClient jdbc, IdentityService identity, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A member of the cluster's council: «Новикова Мария Олеговна», novikova@example.org. */
    void addMember(String id, String lastName, String firstName, String middleName, String clusterId) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("insert into person (id, last_name, first_name, middle_name, email, position) values (?, ?, ?, ?, ?, ?)")
                    .params(id, lastName, firstName, middleName, id + "@example.org", "директор школы").update();
            jdbc.sql("insert into council_role (person_id, cluster_id, role) values (?, ?, 'MEMBER')").params(id, clusterId).update();
            User user = identity.newUser(id);
            user.setFirstName(firstName + " " + middleName);
            user.setLastName(lastName);
            user.setEmail(id + "@example.org");
            identity.saveUser(user);
            identity.createMembership(id, clusterId + "-member");
            events.publishEvent(new PersonAdded(id, clusterId, "kolesnikova"));
        });
        added.add(id);
    }

    void removeAll() {
        for (String id : added) {
            jdbc.sql("delete from password_token where person_id = ?").param(id).update();
            jdbc.sql("delete from council_role where person_id = ?").param(id).update();
            jdbc.sql("delete from person where id = ?").param(id).update();
            identity.deleteUser(id);
        }
        added.clear();
    }
}
