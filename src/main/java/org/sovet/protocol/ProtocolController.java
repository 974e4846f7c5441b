package org.sovet.protocol;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.sovet.common.DocumentPreparing;
import org.sovet.common.RecordNotFound;
import org.sovet.config.ClusterAccess;
import org.sovet.document.Downloads;
import org.sovet.meeting.MeetingService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The protocol as PDF (print) and DOCX (a read-only copy), its annexes, and the check that the stored file is the signed one. */
@RestController
class ProtocolController {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final ProtocolService protocols;
    private final MeetingService meetings;
    private final ClusterAccess access;
    private final Annexes annexes;

    ProtocolController(ProtocolService protocols, MeetingService meetings, ClusterAccess access, Annexes annexes) {
        this.annexes = annexes;
        this.protocols = protocols;
        this.meetings = meetings;
        this.access = access;
    }

    @GetMapping("/protocols/{meetingId}/document.{format:pdf|docx}")
    ResponseEntity<?> document(@PathVariable long meetingId, @PathVariable String format, HttpServletRequest request) {
        var denied = denied(meetingId, request);
        if (denied != null) {
            return denied;
        }
        var stored = protocols.stored(meetingId).orElse(null);
        if (stored == null) {
            throw missing();
        }
        if (stored.preparing()) {
            throw new DocumentPreparing(ProtocolService.PREPARING);
        }
        var meeting = meetings.meeting(meetingId);
        boolean pdf = format.equals("pdf");
        String name = "protokol-" + meeting.protocolNumber() + (stored.status().equals("SIGNED") ? "" : "-proekt") + "." + format;
        return Downloads.attachment(name, pdf ? MediaType.APPLICATION_PDF_VALUE : DOCX, pdf ? stored.pdf() : stored.docx());
    }

    /** The frozen copy of an annex, read like the protocol it belongs to. */
    @GetMapping("/protocols/{meetingId}/annexes/{number}")
    ResponseEntity<?> annex(@PathVariable long meetingId, @PathVariable int number, HttpServletRequest request) {
        var denied = denied(meetingId, request);
        if (denied != null) {
            return denied;
        }
        var annex = annexes.of(meetingId).stream().filter(a -> a.number() == number).findFirst().orElse(null);
        var content = annexes.content(meetingId, number).orElse(null);
        if (annex == null || content == null) {
            throw missing();
        }
        return Downloads.attachment(annex.fileName(), annex.contentType(), content);
    }

    @GetMapping("/protocols/{meetingId}/verify")
    ResponseEntity<?> verify(@PathVariable long meetingId, HttpServletRequest request) {
        var denied = denied(meetingId, request);
        if (denied != null) {
            return denied;
        }
        var stored = protocols.stored(meetingId).orElse(null);
        if (stored == null) {
            throw missing();
        }
        boolean valid = protocols.verify(meetingId);
        return ResponseEntity.ok(Map.of(
                "signed", stored.status().equals("SIGNED"),
                "valid", valid,
                "sha256", stored.sha256() == null ? "" : stored.sha256(),
                "message", valid ? "Файл протокола совпадает с подписанным." : "Файл не совпадает с подписанным или протокол ещё не подписан."));
    }

    private ResponseEntity<?> denied(long meetingId, HttpServletRequest request) {
        var user = access.user(request);
        if (user.isEmpty()) {
            return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, "/login").build();
        }
        boolean readable;
        try {
            readable = access.mayRead(user.get(), meetings.meeting(meetingId).clusterId());
        } catch (RuntimeException e) {
            readable = false;
        }
        if (!readable) {
            throw missing();
        }
        return null;
    }

    private static RecordNotFound missing() {
        return new RecordNotFound("Протокол не найден.");
    }
}
