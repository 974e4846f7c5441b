package org.sovet.portal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.sovet.common.RussianDates;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.sovet.meeting.Meeting;
import org.sovet.protocol.Annexes;
import org.sovet.protocol.ProtocolService;
import org.sovet.protocol.ProtocolSignature;
import org.sovet.protocol.ProtocolSummary;
import org.springframework.stereotype.Component;

/** A meeting's protocol for the archive: signed or not, who signed it when, and its annexes. */
@Component
class ArchiveProtocols {

    private final ProtocolService protocols;
    private final Directory directory;
    private final Annexes annexes;

    ArchiveProtocols(ProtocolService protocols, Directory directory, Annexes annexes) {
        this.annexes = annexes;
        this.protocols = protocols;
        this.directory = directory;
    }

    /** None while the meeting has no protocol yet. */
    Optional<ProtocolRow> row(Meeting meeting, LocalDate day, ZoneId zone) {
        return protocols.summary(meeting.id()).map(p -> new ProtocolRow(meeting.id(), meeting.protocolNumber(),
                RussianDates.longDate(day), p.signed(), p.preparing(), state(p),
                p.signed() ? "ok" : "SIGNING".equals(p.status()) && !p.preparing() ? "info" : "warn",
                p.signatures().stream().map(s -> signature(s, zone)).toList(), annexes.of(meeting.id())));
    }

    String signature(ProtocolSignature signature, ZoneId zone) {
        String who = directory.person(signature.signerId()).map(Person::surnameAndInitials).orElse(signature.signerId());
        return who + ", " + signature.capacity() + ", " + RussianDates.longDate(signature.signedAt().atZone(zone).toLocalDate());
    }

    private static String state(ProtocolSummary protocol) {
        if (protocol.preparing()) {
            return "проект готовится";
        }
        return switch (protocol.status()) {
            case "SIGNED" -> "подписан";
            case "SIGNING" -> "на подписи";
            default -> "проект";
        };
    }
}
