package org.sovet.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The meeting model's gateways and listeners, on the meeting bound to the process, never a variable. */
@Component("meetingFlow")
public class MeetingFlow {

    private final BoundMeeting bound;
    private final MeetingService meetings;
    private final SessionService sessions;
    private final CouncilRules rules;

    MeetingFlow(BoundMeeting bound, MeetingService meetings, SessionService sessions, CouncilRules rules) {
        this.bound = bound;
        this.meetings = meetings;
        this.sessions = sessions;
        this.rules = rules;
    }

    /** A meeting moved to writing after it failed its quorum goes the written way. */
    public boolean inWriting(DelegateExecution execution) {
        return bound.meeting(execution).format() == MeetingFormat.IN_WRITING;
    }

    /** A meeting held on paper skips proposals and invitations: the record says so, whatever the form said. */
    public boolean enteredAfterwards(DelegateExecution execution) {
        return bound.meeting(execution).enteredAfterwards();
    }

    public void markInvited(DelegateExecution execution) {
        meetings.markInvited(bound.of(execution));
    }

    /** Whether the attendance names or counts the council members present: only then can the quorum rule answer. */
    public boolean membersRecorded(DelegateExecution execution) {
        return sessions.attendance(bound.of(execution)).membersRecorded();
    }

    /** After the rule task «rule_quorum»: its answer with the version it evaluated, for the protocol to cite. */
    public void recordQuorum(DelegateExecution execution, boolean quorum) {
        int version = rules.versionInDeployment(execution.getProcessDefinitionId(), CouncilRules.QUORUM, execution.getTenantId());
        sessions.recordQuorum(bound.of(execution), new Ruling(quorum, version));
    }
}
