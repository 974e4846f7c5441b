package org.sovet.meeting;

import static org.sovet.meeting.MeetingProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The first draft of the agenda: the report on earlier decisions, then the members' proposals. */
@Component("prepareAgenda")
class PrepareAgenda implements JavaDelegate {

    private final BoundMeeting bound;

    private final MeetingService meetings;
    private final MeetingForms forms;
    private final FollowUpAgendaItem followUp;

    PrepareAgenda(MeetingService meetings, MeetingForms forms, FollowUpAgendaItem followUp, BoundMeeting bound) {
        this.bound = bound;
        this.meetings = meetings;
        this.forms = forms;
        this.followUp = followUp;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long meetingId = bound.of(execution);
        var agenda = new java.util.ArrayList<AgendaEntry>();
        followUp.forMeeting(meetings.meeting(meetingId)).ifPresent(agenda::add);
        agenda.addAll(meetings.proposals(meetingId));
        forms.writeEntries(execution, Vars.AGENDA, agenda);
    }
}
