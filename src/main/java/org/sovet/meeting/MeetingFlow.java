package org.sovet.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The meeting model's gateways and listeners, on the meeting bound to the process, never a variable. */
@Component("meetingFlow")
public class MeetingFlow {

    private final MeetingService meetings;
    private final SessionService sessions;

    MeetingFlow(MeetingService meetings, SessionService sessions) {
        this.meetings = meetings;
        this.sessions = sessions;
    }

    /** A meeting moved to writing after it failed its quorum goes the written way. */
    public boolean inWriting(DelegateExecution execution) {
        return meeting(execution).format() == MeetingFormat.IN_WRITING;
    }

    /** A meeting held on paper skips proposals and invitations: the record says so, whatever the form said. */
    public boolean enteredAfterwards(DelegateExecution execution) {
        return meeting(execution).enteredAfterwards();
    }

    public void markInvited(DelegateExecution execution) {
        meetings.markInvited(meeting(execution).id());
    }

    public void recordQuorum(DelegateExecution execution, boolean quorum) {
        sessions.recordQuorum(meeting(execution).id(), quorum);
    }

    private Meeting meeting(DelegateExecution execution) {
        return meetings.ofProcess(execution.getProcessInstanceId(), execution.getTenantId());
    }
}
