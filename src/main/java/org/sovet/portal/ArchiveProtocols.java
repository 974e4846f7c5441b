package org.sovet.portal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sovet.common.RussianDates;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.sovet.meeting.Meeting;
import org.sovet.protocol.ProtocolAnnex;
import org.sovet.protocol.ProtocolSignature;
import org.sovet.protocol.ProtocolSummary;
import org.sovet.protocol.ProtocolsOfCluster;
import org.springframework.stereotype.Component;

/** A meeting's protocol for the archive: signed or not, who signed it when, and its annexes. */
@Component
class ArchiveProtocols {

    private final ProtocolsOfCluster ofCluster;
    private final Directory directory;

    ArchiveProtocols(ProtocolsOfCluster ofCluster, Directory directory) {
        this.ofCluster = ofCluster;
        this.directory = directory;
    }

    /** The rows of a cluster's archive: its protocols, annexes and signers read once for the page. */
    Rows ofCluster(String clusterId, ZoneId zone, Function<String, Optional<Person>> people) {
        Map<Long, ProtocolSummary> summaries = ofCluster.summaries(clusterId);
        Map<Long, List<ProtocolAnnex>> annexed = ofCluster.annexes(clusterId);
        return (meeting, day) -> Optional.ofNullable(summaries.get(meeting.id())).map(p -> row(meeting, day, p,
                annexed.getOrDefault(meeting.id(), List.of()), s -> signature(s, zone, people)));
    }

    /** A meeting's protocol row, if it has a protocol. */
    interface Rows {
        Optional<ProtocolRow> row(Meeting meeting, LocalDate day);
    }

    String signature(ProtocolSignature signature, ZoneId zone) {
        return signature(signature, zone, directory::person);
    }

    private static ProtocolRow row(Meeting meeting, LocalDate day, ProtocolSummary p, List<ProtocolAnnex> annexes,
                                   Function<ProtocolSignature, String> signature) {
        return new ProtocolRow(meeting.id(), meeting.protocolNumber(), RussianDates.longDate(day), p.signed(), p.preparing(), state(p),
                p.signed() ? "ok" : "SIGNING".equals(p.status()) && !p.preparing() ? "info" : "warn",
                p.signatures().stream().map(signature).toList(), annexes);
    }

    private static String signature(ProtocolSignature signature, ZoneId zone, Function<String, Optional<Person>> people) {
        String who = people.apply(signature.signerId()).map(Person::surnameAndInitials).orElse(signature.signerId());
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
