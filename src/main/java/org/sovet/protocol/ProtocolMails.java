package org.sovet.protocol;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.sovet.common.RussianDates;
import org.sovet.meeting.Meeting;
import org.sovet.meeting.MeetingService;
import org.sovet.notify.MailSteps;
import org.springframework.stereotype.Component;

/** The protocol model's mail step, named for the page of failed notifications by the meeting that called it. */
@Component
class ProtocolMails implements MailSteps {

    private final MeetingService meetings;

    ProtocolMails(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public String processKey() {
        return ProtocolProcess.KEY;
    }

    @Override
    public Map<String, String> steps() {
        return Map.of(ProtocolProcess.Elements.SEND, "Подписанный протокол");
    }

    @Override
    public String record(ProcessInstance process) {
        Meeting meeting = meetings.ofProcess(process.getRootProcessInstanceId(), process.getTenantId());
        return "Протокол заседания № " + meeting.protocolNumber() + " от "
                + RussianDates.longDate(meetings.day(meeting));
    }
}
