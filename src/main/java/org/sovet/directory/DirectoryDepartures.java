package org.sovet.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sovet.common.AsEngine;
import org.sovet.common.TasksHandedOver;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Last of the features' departure listeners: whatever open task of the cluster is still assigned to the person
 * who left goes to the council's chair (to the secretary when the chair left), who is told by e-mail
 * ({@link TasksHandedOver}).
 * Candidate-group tasks need nothing: the memberships are gone already.
 */
@Component
class DirectoryDepartures {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryDepartures.class);

    private final TaskService tasks;
    private final IdentityService identity;
    private final Directory directory;
    private final ApplicationEventPublisher events;

    DirectoryDepartures(TaskService tasks, IdentityService identity, Directory directory, ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.identity = identity;
        this.directory = directory;
        this.events = events;
    }

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void handOver(PersonLeftCouncil event) {
        AsEngine.run(identity, () -> {
            List<Task> open = tasks.createTaskQuery().tenantIdIn(event.clusterId()).taskAssignee(event.personId()).list();
            if (open.isEmpty()) {
                return null;
            }
            Optional<String> keeper = keeper(event.clusterId(), event.personId());
            if (keeper.isEmpty()) {
                LOG.warn("{} left {} with {} open tasks and the council has neither chair nor secretary to take them",
                        event.personId(), event.clusterId(), open.size());
                return null;
            }
            List<String> lines = new ArrayList<>();
            for (Task task : open) {
                tasks.setAssignee(task.getId(), keeper.get());
                lines.add(line(task));
            }
            String from = directory.person(event.personId()).map(Person::fullName).orElse(event.personId());
            events.publishEvent(new TasksHandedOver(event.clusterId(), directory.cluster(event.clusterId()).name(), keeper.get(), from, lines));
            return null;
        });
    }

    /** The chair; the secretary when the chair is the one who left (they hold no role today any more). */
    private Optional<String> keeper(String clusterId, String leaver) {
        return Stream.of(CouncilRole.CHAIR, CouncilRole.SECRETARY).flatMap(role -> directory.peopleWithRole(clusterId, role).stream())
                .map(Person::id).filter(id -> !id.equals(leaver)).findFirst();
    }

    private String line(Task task) {
        Object subject = tasks.getVariable(task.getId(), "subject");
        return "«" + task.getName() + "»" + (subject == null ? "" : " — " + Objects.toString(subject));
    }
}
