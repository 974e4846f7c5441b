package org.sovet.followup;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.sovet.common.AsEngine;
import org.sovet.common.RecordRows;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.sovet.directory.PersonLeftCouncil;
import org.sovet.notify.HandoverNotice;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Open assignments of someone who leaves the council, in the directory change's transaction: a controller's go to
 * the chair (the secretary when the chair left), then an owner's go to the assignment's controller, who may
 * re-assign them; the record keeps whose it was, and each new holder is told by e-mail.
 */
@Component
class AssignmentDepartures {

    private static final String OPEN = " and status in ('OPEN', 'REPORTED')";

    private final JdbcClient jdbc;
    private final TaskService tasks;
    private final IdentityService identity;
    private final Directory directory;
    private final HandoverNotice notice;
    private final Clock clock;

    AssignmentDepartures(JdbcClient jdbc, TaskService tasks, IdentityService identity, Directory directory,
                         HandoverNotice notice, Clock clock) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.identity = identity;
        this.directory = directory;
        this.notice = notice;
        this.clock = clock;
    }

    @EventListener
    @Order(20)
    void handOver(PersonLeftCouncil event) {
        Map<String, List<String>> handedOver = new LinkedHashMap<>();
        AsEngine.run(identity, () -> {
            for (var a : held(event, "controller_id")) {
                // nobody controls their own work while someone else can
                List<String> keepers = Stream.of(CouncilRole.CHAIR, CouncilRole.SECRETARY)
                        .flatMap(role -> directory.peopleWithRole(a.clusterId(), role).stream()).map(Person::id)
                        .filter(id -> !id.equals(event.personId())).toList();
                String chair = keepers.stream().filter(id -> !id.equals(a.ownerPersonId())).findFirst()
                        .orElse(keepers.isEmpty() ? null : keepers.get(0));
                if (chair != null) {
                    jdbc.sql("update assignment set controller_id = ? where id = ?" + OPEN).params(chair, a.id()).update();
                    moveTasks(a, event.personId(), chair, handedOver);
                }
            }
            for (var a : held(event, "owner_person_id")) {
                jdbc.sql("update assignment set owner_person_id = ?, handed_over_from = ?, handed_over_at = ? where id = ?" + OPEN)
                        .params(a.controllerId(), event.personId(), clock.instant().atOffset(ZoneOffset.UTC), a.id()).update();
                moveTasks(a, event.personId(), a.controllerId(), handedOver);
            }
            return null;
        });
        String from = directory.person(event.personId()).map(Person::fullName).orElse(event.personId());
        String clusterName = directory.cluster(event.clusterId()).name();
        handedOver.forEach((to, lines) -> notice.tell(event.clusterId(), clusterName, to, from, lines));
    }

    /** Open assignments of the cluster where the person is in the column (controller or owner), as they stand now. */
    private List<AssignmentService.Assignment> held(PersonLeftCouncil event, String column) {
        return jdbc.sql("select * from assignment where cluster_id = ? and " + column + " = ?" + OPEN + " order by id")
                .params(event.clusterId(), event.personId()).query(RecordRows.of(AssignmentService.Assignment.class)).list();
    }

    private void moveTasks(AssignmentService.Assignment a, String from, String to, Map<String, List<String>> handedOver) {
        tasks.createTaskQuery().processInstanceId(a.processInstanceId()).taskAssignee(from).list().forEach(task -> {
            tasks.setAssignee(task.getId(), to);
            handedOver.computeIfAbsent(to, k -> new ArrayList<>())
                    .add("«" + task.getName() + "» — поручение № " + a.id() + ": " + a.text());
        });
    }
}
