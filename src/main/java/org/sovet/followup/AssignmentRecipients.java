package org.sovet.followup;

import java.util.List;
import org.springframework.stereotype.Component;

/** The model's mail collections: the owner alone, or the controller and the chair for an overdue one. */
@Component("assignmentRecipients")
public class AssignmentRecipients {

    public List<String> owner(String ownerId) {
        return List.of(ownerId);
    }

    public List<String> escalation(String controllerId, String chairId) {
        return controllerId.equals(chairId) ? List.of(controllerId) : List.of(controllerId, chairId);
    }
}
