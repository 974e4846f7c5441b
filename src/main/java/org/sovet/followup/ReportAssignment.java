package org.sovet.followup;

import static org.sovet.followup.FollowUpProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The owner reports what was done; the report goes to the controller. */
@Component("reportAssignment")
class ReportAssignment implements TaskListener {

    private final AssignmentService assignments;

    ReportAssignment(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @Override
    public void notify(DelegateTask task) {
        Object report = task.getVariable(Vars.REPORT);
        assignments.report((Long) task.getVariable(Vars.ASSIGNMENT_ID), task.getAssignee(), report == null ? null : report.toString());
        task.setVariable(Vars.VERDICT, null);
    }
}
