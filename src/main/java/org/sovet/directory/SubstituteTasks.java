package org.sovet.directory;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.sovet.common.AsEngine;
import org.springframework.stereotype.Component;

/** Moves a role's open tasks ({@link RoleTasks}) between the absent person and their substitute. */
@Component
class SubstituteTasks {

    private final TaskService tasks;
    private final IdentityService identity;
    private final Directory directory;
    private final RoleTasks roleTasks;

    SubstituteTasks(TaskService tasks, IdentityService identity, Directory directory, RoleTasks roleTasks) {
        this.tasks = tasks;
        this.identity = identity;
        this.directory = directory;
        this.roleTasks = roleTasks;
    }

    /** The absent person's open tasks of the role go to the substitute; how many moved. */
    int handOver(Substitution substitution) {
        Set<CouncilRole> held = EnumSet.noneOf(CouncilRole.class);
        held.addAll(directory.heldRolesOf(substitution.personId(), substitution.clusterId()));
        return move(substitution, substitution.personId(), substitution.substituteId(), held);
    }

    /** The substitute's open tasks of the role go to whoever does the role now (the person back, as a rule). */
    int handBack(Substitution substitution) {
        var doer = directory.peopleWithRole(substitution.clusterId(), substitution.role()).stream().findFirst();
        if (doer.isEmpty() || doer.get().id().equals(substitution.substituteId())) {
            return 0;
        }
        Set<CouncilRole> held = EnumSet.of(substitution.role());
        held.addAll(directory.heldRolesOf(substitution.substituteId(), substitution.clusterId()));
        return move(substitution, substitution.substituteId(), doer.get().id(), held);
    }

    private int move(Substitution substitution, String from, String to, Set<CouncilRole> rolesOfFrom) {
        return AsEngine.run(identity, () -> {
            int moved = 0;
            for (Task task : tasks.createTaskQuery().tenantIdIn(substitution.clusterId()).taskAssignee(from).active().list()) {
                List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                        .map(link -> link.getGroupId()).toList();
                if (roleTasks.isWorkOf(substitution.role(), substitution.clusterId(), task.getTaskDefinitionKey(), groups, rolesOfFrom)) {
                    tasks.setAssignee(task.getId(), to);
                    moved++;
                }
            }
            return moved;
        });
    }
}
