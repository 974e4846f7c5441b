package org.sovet.meeting;

import static org.sovet.meeting.MeetingProcess.Vars;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the draft decisions and opens voting until the deadline, with a reminder the day before when it fits ({@link LeadTimes}). */
@Component("openWrittenVote")
class OpenWrittenVote implements JavaDelegate {

    private final BoundMeeting bound;

    private final WrittenVoteService votes;
    private final MeetingService meetings;
    private final MeetingForms forms;
    private final FormRows rows;
    private final Clock clock;

    OpenWrittenVote(WrittenVoteService votes, MeetingService meetings, MeetingForms forms, FormRows rows, Clock clock,
                    BoundMeeting bound) {
        this.bound = bound;
        this.votes = votes;
        this.meetings = meetings;
        this.forms = forms;
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long meetingId = bound.of(execution);
        var ballot = votes.open(meetingId, MeetingForms.text(execution, Vars.OPENING),
                rows.sessionItems(execution, execution.getTenantId(), Vars.SESSION_ITEMS));
        forms.writeList(execution, Vars.BALLOT_TEMPLATE, ballot);
        Meeting meeting = meetings.meeting(meetingId);
        var deadline = meeting.votingDeadline();
        execution.setVariable(Vars.VOTING_DEADLINE_AT, Date.from(deadline));
        execution.setVariable(Vars.BALLOT_REMINDER_AT, Date.from(LeadTimes.reminder(deadline, Duration.ofDays(1), clock.instant())));
    }
}
