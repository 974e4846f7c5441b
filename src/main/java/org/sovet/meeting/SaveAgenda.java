package org.sovet.meeting;

import static org.sovet.meeting.MeetingProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the agenda the secretary composed; the chair reviews this record. */
@Component("saveAgenda")
class SaveAgenda implements JavaDelegate {

    private final BoundMeeting bound;

    private final MeetingService meetings;
    private final MeetingForms forms;
    private final FormRows rows;

    SaveAgenda(MeetingService meetings, MeetingForms forms, FormRows rows, BoundMeeting bound) {
        this.bound = bound;
        this.meetings = meetings;
        this.forms = forms;
        this.rows = rows;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long meetingId = bound.of(execution);
        var agenda = rows.agenda(execution, execution.getTenantId(), Vars.AGENDA);
        meetings.saveAgenda(meetingId, agenda);
        forms.writeEntries(execution, Vars.AGENDA, agenda);
        execution.setVariable(Vars.REVIEW_DECISION, null);
    }
}
