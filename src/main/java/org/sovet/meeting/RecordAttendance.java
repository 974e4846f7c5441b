package org.sovet.meeting;

import static org.sovet.meeting.MeetingProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sovet.directory.Directory;
import org.springframework.stereotype.Component;

/** Stores who attended and hands the counts and the council's threshold to the quorum rules. */
@Component("recordAttendance")
class RecordAttendance implements JavaDelegate {

    private final BoundMeeting bound;

    private final SessionService sessions;
    private final MeetingForms forms;
    private final Directory directory;

    RecordAttendance(SessionService sessions, MeetingForms forms, Directory directory, BoundMeeting bound) {
        this.bound = bound;
        this.sessions = sessions;
        this.forms = forms;
        this.directory = directory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long meetingId = bound.of(execution);
        int[] counts = sessions.recordAttendance(meetingId, forms.strings(execution, Vars.PRESENT),
                forms.list(execution, Vars.GUESTS, Guest.class), MeetingForms.text(execution, Vars.ATTENDANCE_NOTE));
        execution.setVariable(Vars.VOTING_MEMBERS, counts[0]);
        execution.setVariable(Vars.PRESENT_VOTING, counts[1]);
        execution.setVariable(Vars.QUORUM_PERCENT, directory.settings(execution.getTenantId()).quorumPercent());
        execution.setVariable(Vars.MANAGE_ACTION, null);
    }
}
