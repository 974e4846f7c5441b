package org.sovet.meeting;

import static org.sovet.meeting.MeetingProcess.Vars;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sovet.common.RussianDates;
import org.springframework.stereotype.Component;

/** Moves the meeting to the new date and time; the manage task, entered again, arms the reminder for the new date. */
@Component("rescheduleMeeting")
class RescheduleMeeting implements JavaDelegate {

    private final BoundMeeting bound;

    private final MeetingService meetings;
    private final MeetingCard card;

    RescheduleMeeting(MeetingService meetings, BoundMeeting bound, MeetingCard card) {
        this.bound = bound;
        this.card = card;
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long meetingId = bound.of(execution);
        Meeting meeting = meetings.reschedule(meetingId, MeetingForms.date(execution, Vars.NEW_DATE, "новая дата"),
                MeetingForms.time(execution, Vars.NEW_TIME));
        execution.setVariable(Vars.MEETING_START, Date.from(meeting.startsAt()));
        execution.setVariable(Vars.SUBJECT, "Заседание № " + meeting.protocolNumber() + " от "
                + RussianDates.shortDate(meetings.day(meeting)));
        card.show(execution, meeting);
        execution.setVariable(Vars.MANAGE_ACTION, null);
    }
}
