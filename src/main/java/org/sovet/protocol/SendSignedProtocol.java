package org.sovet.protocol;

import static org.sovet.protocol.ProtocolProcess.Vars;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sovet.common.RussianDates;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.sovet.meeting.MeetingService;
import org.sovet.notify.Mail;
import org.sovet.notify.Mailing;
import org.sovet.notify.RecordLinks;
import org.springframework.stereotype.Component;

/**
 * Mails the signed protocol to every council member, in the step's one job. The annexes that are not PDF
 * go as files of their own; the PDF ones are already pages of the signed PDF, and a loose second copy
 * would only double the mail.
 */
@Component("sendSignedProtocol")
class SendSignedProtocol implements JavaDelegate {

    private final ProtocolMeeting bound;

    private final ProtocolService protocols;
    private final MeetingService meetings;
    private final Directory directory;
    private final Mailing mailing;
    private final Annexes annexes;
    private final ProtocolParticipants participants;

    SendSignedProtocol(ProtocolService protocols, MeetingService meetings, Directory directory, Mailing mailing, Annexes annexes,
                       ProtocolMeeting bound, ProtocolParticipants participants) {
        this.annexes = annexes;
        this.bound = bound;
        this.protocols = protocols;
        this.meetings = meetings;
        this.directory = directory;
        this.mailing = mailing;
        this.participants = participants;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long meetingId = bound.of(execution);
        var meeting = meetings.meeting(meetingId);
        var stored = protocols.stored(meetingId).orElseThrow();
        List<ProtocolAnnex> listed = annexes.of(meetingId);
        String date = RussianDates.shortDate(meeting.startsAt().atZone(meetings.zone(meeting.clusterId())).toLocalDate());
        Map<String, Object> model = Map.of("number", meeting.protocolNumber(), "date", date,
                "theme", meeting.theme() == null ? "" : meeting.theme(),
                "clusterName", directory.cluster(meeting.clusterId()).name(),
                "archive", RecordLinks.protocol(meeting.clusterId(), meetingId), "verify", RecordLinks.verification(meetingId),
                "annexes", listed.stream().map(ProtocolPdf::annexTitle).toList());
        List<Mail.Attachment> files = attachments(meetingId, listed, new Mail.Attachment(
                "protokol-" + meeting.protocolNumber() + "-" + date + ".pdf", "application/pdf", stored.pdf()));
        mailing.send(execution, mailing.recipients(execution, Vars.MEMBER, () -> participants.members(execution)), memberId -> {
            Person member = directory.person(memberId).orElseThrow(() -> new IllegalStateException("No member " + memberId));
            return new Mail(member.email(), member.fullName(), member.greeting(),
                    "Протокол № " + meeting.protocolNumber() + " от " + date + " подписан", "protocol-signed", model, files);
        });
    }

    private List<Mail.Attachment> attachments(long meetingId, List<ProtocolAnnex> listed, Mail.Attachment protocol) {
        List<Mail.Attachment> files = new ArrayList<>(List.of(protocol));
        listed.stream().filter(annex -> !annex.pdf()).forEach(annex -> files.add(new Mail.Attachment(
                "Приложение " + annex.number() + " - " + annex.fileName(), annex.contentType(),
                annexes.content(meetingId, annex.number()).orElseThrow())));
        return files;
    }
}
