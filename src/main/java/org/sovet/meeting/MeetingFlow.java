package org.sovet.meeting;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The meeting model's gateways and listeners, on the meeting bound to the process, never a variable. */
@Component("meetingFlow")
public class MeetingFlow {

    private final BoundMeeting bound;
    private final MeetingService meetings;
    private final SessionService sessions;
    private final CouncilRules rules;
    private final MeetingReplies replies;
    private final Clock clock;

    MeetingFlow(BoundMeeting bound, MeetingService meetings, SessionService sessions, CouncilRules rules,
                MeetingReplies replies, Clock clock) {
        this.replies = replies;
        this.clock = clock;
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

    /** Proposals are asked only while their deadline is ahead: scheduling closes them at once when the meeting is too close. */
    public boolean timeForProposals(DelegateExecution execution) {
        return clock.instant().isBefore(bound.meeting(execution).proposalDeadline());
    }

    /** Read by the reminder timer as the manage task begins, right after the invitations or the update went out. */
    public Date reminderAt(DelegateExecution execution) {
        return Date.from(meetings.reminderAt(bound.meeting(execution)));
    }

    /** A reminder after the meeting began reminds of nothing: the timer set at the start when no reminder fitted ends here. */
    public boolean meetingAhead(DelegateExecution execution) {
        return clock.instant().isBefore(bound.meeting(execution).startsAt());
    }

    /** Voters are reminded only while the written vote is open. */
    public boolean votingOpen(DelegateExecution execution) {
        return clock.instant().isBefore(bound.meeting(execution).votingDeadline());
    }

    /** Invited: the secretary's manage form shows the members' answers from now on, none yet or kept from before a move. */
    public void markInvited(DelegateExecution execution) {
        meetings.markInvited(bound.of(execution));
        execution.setVariable(MeetingProcess.Vars.EXPECTED_ATTENDANCE, replies.expected(bound.meeting(execution)).text());
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
