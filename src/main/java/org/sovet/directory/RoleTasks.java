package org.sovet.directory;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Whether a task assigned to a person is the work of one of their roles: it offers the role's group
 * ({@code podosinovets-chair}), or its feature says the step may be that role's and, of the person's roles,
 * that one's only ({@link RoleWork}). So a director who is also the chair keeps a signature when away as
 * director, and a substitute who signs as secretary keeps that signature when handing the chair's back.
 */
@Component
class RoleTasks {

    private final List<RoleWork> features;

    RoleTasks(List<RoleWork> features) {
        this.features = List.copyOf(features);
    }

    boolean isWorkOf(CouncilRole role, String clusterId, String taskDefinitionKey, Collection<String> candidateGroups,
                     Set<CouncilRole> rolesOfAssignee) {
        if (candidateGroups.contains(role.groupId(clusterId))) {
            return true;
        }
        Set<CouncilRole> possible = EnumSet.noneOf(CouncilRole.class);
        features.forEach(feature -> possible.addAll(feature.rolesFor(taskDefinitionKey)));
        possible.retainAll(rolesOfAssignee);
        return possible.equals(EnumSet.of(role));
    }
}
