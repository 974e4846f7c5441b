package org.sovet.meeting;

import static org.sovet.meeting.MeetingProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The meeting had no quorum: the council decides in writing by the deadline the secretary set. */
@Component("switchToWriting")
class SwitchToWriting implements JavaDelegate {

    private final BoundMeeting bound;

    private final MeetingService meetings;
    private final MeetingCard card;

    SwitchToWriting(MeetingService meetings, BoundMeeting bound, MeetingCard card) {
        this.bound = bound;
        this.card = card;
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Meeting meeting = meetings.switchToWriting(bound.of(execution),
                MeetingForms.date(execution, Vars.VOTING_DEADLINE, "срок голосования"));
        execution.setVariable(Vars.FORMAT, meeting.format().name());
        card.show(execution, meeting);
        execution.setVariable(Vars.MANAGE_ACTION, null);
    }
}
