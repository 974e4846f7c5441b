package org.sovet.meeting;

import static org.sovet.meeting.MeetingProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the session record; the council's DMN rules decide which decisions are adopted. */
@Component("recordSession")
class RecordSession implements JavaDelegate {

    private final BoundMeeting bound;

    private final SessionService sessions;
    private final MeetingService meetings;
    private final FormRows forms;

    RecordSession(SessionService sessions, MeetingService meetings, FormRows forms, BoundMeeting bound) {
        this.bound = bound;
        this.sessions = sessions;
        this.meetings = meetings;
        this.forms = forms;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long meetingId = bound.of(execution);
        var decisions = sessions.recordSession(meetingId, MeetingForms.text(execution, Vars.OPENING),
                MeetingForms.text(execution, Vars.CLOSING), forms.sessionItems(execution, execution.getTenantId(), Vars.SESSION_ITEMS),
                MeetingForms.jointVote(execution));
        meetings.markHeld(meetingId);
        execution.setVariable("adoptedDecisions", decisions.stream().filter(Decision::adopted).count());
    }
}
