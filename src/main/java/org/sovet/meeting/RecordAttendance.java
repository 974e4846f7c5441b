package org.sovet.meeting;

import static org.sovet.meeting.MeetingProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sovet.directory.Directory;
import org.springframework.stereotype.Component;

/**
 * Stores who attended and hands the counts and the council's threshold to the quorum rules. The quorum of an
 * earlier attendance is cleared: with the audience alone the model skips the rule and no quorum stands.
 */
@Component("recordAttendance")
class RecordAttendance implements JavaDelegate {

    private final BoundMeeting bound;

    private final SessionService sessions;
    private final MeetingForms forms;
    private final FormRows rows;
    private final Directory directory;

    RecordAttendance(SessionService sessions, MeetingForms forms, FormRows rows, Directory directory, BoundMeeting bound) {
        this.bound = bound;
        this.sessions = sessions;
        this.forms = forms;
        this.rows = rows;
        this.directory = directory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long meetingId = bound.of(execution);
        Attendance attendance = sessions.recordAttendance(meetingId, new Attendance(forms.strings(execution, Vars.PRESENT),
                        MeetingForms.count(execution, Vars.MEMBERS_COUNT, "Членов Совета присутствовало"),
                        MeetingForms.text(execution, Vars.ATTENDANCE_NOTE),
                        MeetingForms.count(execution, Vars.AUDIENCE_VOTERS, "Из присутствующих голосовали")),
                rows.guests(execution, execution.getTenantId(), Vars.GUESTS));
        String clusterId = execution.getTenantId();
        execution.setVariable(Vars.VOTING_MEMBERS, directory.councilMemberIds(clusterId).size());
        execution.setVariable(Vars.PRESENT_VOTING, attendance.membersPresent());
        execution.setVariable(Vars.COULD_VOTE, attendance.couldVote());
        execution.setVariable(Vars.QUORUM_PERCENT, directory.settings(clusterId).quorumPercent());
        execution.setVariable(Vars.QUORUM, null);
        execution.setVariable(Vars.MANAGE_ACTION, null);
    }
}
