package org.sovet.meeting;

import static org.sovet.meeting.MeetingProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The secretary went back from the draft protocol: the record reopens, and the attendance form
 * opens with what is recorded (the record, not what an earlier submission left in variables).
 */
@Component("reopenRecord")
class ReopenRecord implements JavaDelegate {

    private final BoundMeeting bound;
    private final RecordCorrection correction;
    private final SessionService sessions;
    private final MeetingForms forms;

    ReopenRecord(BoundMeeting bound, RecordCorrection correction, SessionService sessions, MeetingForms forms) {
        this.bound = bound;
        this.correction = correction;
        this.sessions = sessions;
        this.forms = forms;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long meetingId = bound.of(execution);
        correction.reopen(meetingId);
        Attendance attendance = sessions.attendance(meetingId);
        forms.writeList(execution, Vars.PRESENT, attendance.memberIds());
        forms.writeList(execution, Vars.GUESTS, sessions.guests(meetingId));
        execution.setVariable(Vars.MEMBERS_COUNT, attendance.membersCount());
        execution.setVariable(Vars.ATTENDANCE_NOTE, attendance.audience());
        execution.setVariable(Vars.AUDIENCE_VOTERS, attendance.audienceVoters());
        execution.setVariable(Vars.CORRECTING, true);
    }
}
