package org.sovet.protocol;

import static org.sovet.protocol.ProtocolProcess.Vars;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sovet.common.RussianDates;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.sovet.meeting.MeetingService;
import org.sovet.notify.Mail;
import org.sovet.notify.Mailer;
import org.springframework.stereotype.Component;

/** Mails the signed protocol to one member; each member is a job of its own, retried alone. */
@Component("sendSignedProtocol")
class SendSignedProtocol implements JavaDelegate {

    private final ProtocolMeeting bound;

    private final ProtocolService protocols;
    private final MeetingService meetings;
    private final Directory directory;
    private final Mailer mailer;

    SendSignedProtocol(ProtocolService protocols, MeetingService meetings, Directory directory, Mailer mailer, ProtocolMeeting bound) {
        this.bound = bound;
        this.protocols = protocols;
        this.meetings = meetings;
        this.directory = directory;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long meetingId = bound.of(execution);
        Person member = directory.person((String) execution.getVariable(Vars.MEMBER)).orElseThrow();
        var meeting = meetings.meeting(meetingId);
        var stored = protocols.stored(meetingId).orElseThrow();
        String date = RussianDates.shortDate(meeting.startsAt().atZone(meetings.zone(meeting.clusterId())).toLocalDate());
        mailer.send(new Mail(member.email(), member.fullName(), member.greeting(),
                "Протокол № " + meeting.protocolNumber() + " от " + date + " подписан",
                "protocol-signed",
                Map.of("number", meeting.protocolNumber(), "date", date, "theme", meeting.theme() == null ? "" : meeting.theme(),
                        "clusterName", directory.cluster(meeting.clusterId()).name(), "sha256", stored.sha256()),
                List.of(new Mail.Attachment("protokol-" + meeting.protocolNumber() + "-" + date + ".pdf", "application/pdf",
                        stored.pdf()))));
    }
}
