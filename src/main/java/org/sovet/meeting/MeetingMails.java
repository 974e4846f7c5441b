package org.sovet.meeting;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.sovet.common.RussianDates;
import org.sovet.notify.MailSteps;
import org.springframework.stereotype.Component;

/** The meeting model's mail steps, named for the page of failed notifications. */
@Component
class MeetingMails implements MailSteps {

    private final MeetingService meetings;

    MeetingMails(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public String processKey() {
        return MeetingProcess.KEY;
    }

    @Override
    public Map<String, String> steps() {
        return Map.of(MeetingProcess.Elements.SEND_INVITATIONS, "Приглашение на заседание",
                MeetingProcess.Elements.SEND_REMINDERS, "Напоминание о заседании",
                MeetingProcess.Elements.SEND_UPDATES, "Новое время заседания",
                MeetingProcess.Elements.SEND_CANCELLATIONS, "Отмена заседания",
                MeetingProcess.Elements.REMIND_VOTERS, "Напоминание о заочном голосовании");
    }

    @Override
    public String record(ProcessInstance process) {
        // the number and day the members know the meeting by
        Meeting meeting = meetings.ofProcess(process.getId(), process.getTenantId());
        return "Заседание № " + meeting.protocolNumber() + " от "
                + RussianDates.longDate(meetings.day(meeting));
    }
}
