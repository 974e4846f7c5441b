package org.sovet.meeting;

import static org.sovet.meeting.MeetingProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records a member's ballot: their own, once, before the deadline. */
@Component("castBallot")
class CastBallot implements TaskListener {

    private final BoundMeeting bound;

    private final WrittenVoteService votes;
    private final MeetingForms forms;

    CastBallot(WrittenVoteService votes, MeetingForms forms, BoundMeeting bound) {
        this.bound = bound;
        this.votes = votes;
        this.forms = forms;
    }

    @Override
    public void notify(DelegateTask task) {
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        votes.cast(bound.of(task), task.getAssignee(),
                authentication == null ? null : authentication.getUserId(), forms.list(task, Vars.BALLOT, BallotItem.class));
    }
}
