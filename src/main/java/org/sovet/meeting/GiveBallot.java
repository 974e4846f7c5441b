package org.sovet.meeting;

import static org.sovet.meeting.MeetingProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Each member's ballot is a copy local to their task, so nobody sees another member's choices. */
@Component("giveBallot")
class GiveBallot implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        task.setVariableLocal(Vars.BALLOT, task.getVariable(Vars.BALLOT_TEMPLATE));
    }
}
