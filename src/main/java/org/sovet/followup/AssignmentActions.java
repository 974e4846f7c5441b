package org.sovet.followup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sovet.directory.Directory;
import org.springframework.stereotype.Component;

/**
 * What the assignments page offers a viewer on each row: «Отменить» and «Передать» only where the
 * server would accept them (the same rules as {@link AssignmentChanges}), and whom the work may go to.
 */
@Component
class AssignmentActions {

    /** One person the work may be given to, as the select shows them. */
    record Candidate(String id, String label) {}

    record RowActions(boolean cancel, boolean reassign, List<Candidate> candidates) {

        boolean any() {
            return cancel || reassign;
        }
    }

    private final AssignmentChanges changes;
    private final Directory directory;

    AssignmentActions(AssignmentChanges changes, Directory directory) {
        this.changes = changes;
        this.directory = directory;
    }

    /** Per assignment id, the actions of this viewer; rows with none are left out. */
    Map<Long, RowActions> of(String userId, List<AssignmentRow> rows) {
        Map<Long, RowActions> actions = new HashMap<>();
        Map<String, List<Candidate>> people = new HashMap<>();
        for (AssignmentRow row : rows) {
            if (!row.inProgress()) {
                continue;
            }
            boolean cancel = changes.mayCancel(userId, row.clusterId());
            // the work changes hands only while it is being done, not while its report is reviewed
            boolean reassign = "OPEN".equals(row.status()) && changes.mayReassign(userId, row.controllerId());
            if (cancel || reassign) {
                List<Candidate> candidates = reassign ? people.computeIfAbsent(row.clusterId(), c -> candidates(c, userId)) : List.of();
                actions.put(row.id(), new RowActions(cancel, reassign, candidates));
            }
        }
        return actions;
    }

    /** The council's members, the controller only where the council lets one person hold both roles. */
    private List<Candidate> candidates(String clusterId, String controller) {
        boolean dual = directory.settings(clusterId).dualRolesAllowed();
        return directory.councilMembers(clusterId).stream()
                .filter(p -> dual || !p.id().equals(controller))
                .map(p -> new Candidate(p.id(), directory.pickLabel(p))).toList();
    }
}
