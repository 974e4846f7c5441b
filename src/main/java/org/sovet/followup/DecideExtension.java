package org.sovet.followup;

import static org.sovet.followup.FollowUpProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sovet.common.InputRejectedException;
import org.springframework.stereotype.Component;

/** The chair grants or refuses a new due date; a granted one re-arms the reminders for it. */
@Component("decideExtension")
class DecideExtension implements TaskListener {

    private final BoundAssignment bound;

    private final AssignmentChanges changes;
    private final FollowUpStarter dates;

    DecideExtension(AssignmentChanges changes, FollowUpStarter dates, BoundAssignment bound) {
        this.bound = bound;
        this.changes = changes;
        this.dates = dates;
    }

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable(Vars.EXTENSION_DECISION);
        if (decision == null) {
            throw new InputRejectedException("Выберите: продлить срок или оставить прежний.");
        }
        var due = changes.decideExtension(bound.of(task).id(), task.getAssignee(),
                FollowUpProcess.GRANT.equals(decision));
        task.setVariables(dates.dueDates(task.getTenantId(), due));
        task.setVariable("dueText", "до " + org.sovet.common.RussianDates.shortDate(due));
        task.setVariable(Vars.EXTENSION_DECISION, null);
        task.setVariable(Vars.WORK_ACTION, null);
    }
}
