package org.sovet.followup;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who the follow-up model's steps are for, and what its listeners record, on the assignment bound
 * to the process (its business key, set by the system): never a variable a person could write.
 */
@Component("assignmentParticipants")
public class AssignmentParticipants {

    private final BoundAssignment bound;
    private final AssignmentService assignments;
    private final Controllers controllers;

    AssignmentParticipants(BoundAssignment bound, AssignmentService assignments, Controllers controllers) {
        this.bound = bound;
        this.assignments = assignments;
        this.controllers = controllers;
    }

    public String owner(DelegateExecution execution) {
        return bound.of(execution).ownerPersonId();
    }

    public String controller(DelegateExecution execution) {
        return bound.of(execution).controllerId();
    }

    /** The chair decides on new due dates; a council without a chair leaves it to the controller. */
    public String chair(DelegateExecution execution) {
        var assignment = bound.of(execution);
        return controllers.chair(assignment.clusterId()).orElse(assignment.controllerId());
    }

    public List<String> ownerMail(DelegateExecution execution) {
        return List.of(owner(execution));
    }

    /** An overdue assignment goes to the controller and the chair. */
    public List<String> escalation(DelegateExecution execution) {
        String controller = controller(execution);
        String chair = chair(execution);
        return controller.equals(chair) ? List.of(controller) : List.of(controller, chair);
    }

    public void markOverdue(DelegateExecution execution) {
        assignments.markOverdue(bound.of(execution).id());
    }
}
