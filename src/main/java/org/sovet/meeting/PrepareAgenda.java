package org.sovet.meeting;

import static org.sovet.meeting.MeetingProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Offers the members' proposals to the secretary as the first draft of the agenda. */
@Component("prepareAgenda")
class PrepareAgenda implements JavaDelegate {

    private final MeetingService meetings;
    private final MeetingForms forms;

    PrepareAgenda(MeetingService meetings, MeetingForms forms) {
        this.meetings = meetings;
        this.forms = forms;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long meetingId = (Long) execution.getVariable(Vars.MEETING_ID);
        forms.writeEntries(execution, Vars.AGENDA, meetings.proposals(meetingId));
    }
}
