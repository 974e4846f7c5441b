package org.sovet.followup;

import java.util.Set;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.RoleWork;
import org.springframework.stereotype.Component;

/** Deciding on a longer deadline is the chair's work (see {@link AssignmentParticipants#chair}). */
@Component
class ExtensionRoleWork implements RoleWork {

    @Override
    public Set<CouncilRole> rolesFor(String taskDefinitionKey) {
        return FollowUpProcess.Elements.DECIDE_EXTENSION.equals(taskDefinitionKey) ? Set.of(CouncilRole.CHAIR) : Set.of();
    }
}
