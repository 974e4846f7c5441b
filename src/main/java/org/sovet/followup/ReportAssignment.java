package org.sovet.followup;

import static org.sovet.followup.FollowUpProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sovet.common.RussianDates;
import org.springframework.stereotype.Component;

/** The owner reports what was done (to the controller) or asks the chair for a new due date. */
@Component("reportAssignment")
class ReportAssignment implements TaskListener {

    private final BoundAssignment bound;

    private final AssignmentService assignments;
    private final AssignmentChanges changes;

    ReportAssignment(AssignmentService assignments, AssignmentChanges changes, BoundAssignment bound) {
        this.bound = bound;
        this.assignments = assignments;
        this.changes = changes;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = bound.of(task).id();
        if (FollowUpProcess.EXTEND.equals(task.getVariable(Vars.WORK_ACTION))) {
            Object reason = task.getVariable(Vars.EXTENSION_REASON);
            changes.requestExtension(id, task.getAssignee(), RussianDates.parse(text(task.getVariable(Vars.REQUESTED_DUE))), text(reason));
        } else {
            task.setVariable(Vars.WORK_ACTION, "report");
            assignments.report(id, task.getAssignee(), text(task.getVariable(Vars.REPORT)));
        }
        task.setVariable(Vars.VERDICT, null);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
