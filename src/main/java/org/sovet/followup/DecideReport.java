package org.sovet.followup;

import static org.sovet.followup.FollowUpProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sovet.common.InputRejectedException;
import org.springframework.stereotype.Component;

/** The controller accepts the report, or returns it with remarks for another round. */
@Component("decideReport")
class DecideReport implements TaskListener {

    private final BoundAssignment bound;

    private final AssignmentService assignments;

    DecideReport(AssignmentService assignments, BoundAssignment bound) {
        this.bound = bound;
        this.assignments = assignments;
    }

    @Override
    public void notify(DelegateTask task) {
        Object verdict = task.getVariable(Vars.VERDICT);
        if (!FollowUpProcess.ACCEPT.equals(verdict) && !FollowUpProcess.RETURN.equals(verdict)) {
            throw new InputRejectedException("Выберите: принять отчёт или вернуть его на доработку.");
        }
        Object remarks = task.getVariable(Vars.REMARKS);
        assignments.decide(bound.of(task).id(), task.getAssignee(),
                FollowUpProcess.ACCEPT.equals(verdict), remarks == null ? null : remarks.toString());
    }
}
