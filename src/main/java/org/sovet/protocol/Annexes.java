package org.sovet.protocol;

import java.util.List;
import java.util.Optional;
import org.sovet.common.ClosedRecordException;
import org.sovet.common.Hashes;
import org.sovet.common.InputRejectedException;
import org.sovet.document.PdfPages;
import org.sovet.meeting.Materials;
import org.sovet.meeting.MeetingService;
import org.springframework.stereotype.Service;

/**
 * Annexes belong to the protocol. The secretary numbers meeting materials as annexes in the draft's
 * review form; each is then copied, with its SHA-256, beside the protocol, and the protocol lists them
 * before the signatures («Приложение 1. Форма ежемесячного отчета на 2 л.»).
 * <p>
 * One fingerprint covers everything signed: PDF annexes are appended to the protocol's PDF, so the
 * single SHA-256 of the signed PDF is also theirs; any other file (xlsx, docx) cannot be merged into
 * a PDF, so the printed list carries that file's SHA-256, and the protocol's hash covers the file through
 * its own. The frozen copies are what the archive serves and the mail attaches; like the protocol, they
 * never change once it is signed (here, and by the database: V33).
 */
@Service
public class Annexes {

    private final AnnexRepository annexes;
    private final AnnexChoice choice;
    private final Materials materials;
    private final MeetingService meetings;
    private final ProtocolRepository protocols;

    Annexes(AnnexRepository annexes, AnnexChoice choice, Materials materials, MeetingService meetings,
            ProtocolRepository protocols) {
        this.annexes = annexes;
        this.protocols = protocols;
        this.choice = choice;
        this.materials = materials;
        this.meetings = meetings;
    }

    /** Every material of the meeting, the annexes among them as chosen so far, for the review form. */
    List<AnnexRow> formRows(long meetingId) {
        List<ProtocolAnnex> chosen = annexes.of(meetingId);
        return materials.of(meetingId).stream().map(file -> chosen.stream().filter(a -> a.materialId() == file.id()).findFirst()
                        .map(a -> new AnnexRow(file.id(), file.fileName(), a.number(), a.title(), a.sheets()))
                        .orElse(new AnnexRow(file.id(), file.fileName(), null, null, null)))
                .toList();
    }

    /** The secretary's annexes replace the earlier ones while the protocol is not yet signed. */
    void choose(long meetingId, List<AnnexRow> rows) {
        if (signed(meetingId)) {
            throw new ClosedRecordException("Протокол заседания № " + meetings.meeting(meetingId).protocolNumber()
                    + " подписан: изменить его приложения нельзя.");
        }
        if (!annexes.replace(meetingId, choice.check(meetingId, rows))) {
            throw new InputRejectedException("Протокол сейчас не проект: изменить его приложения нельзя.");
        }
    }

    private boolean signed(long meetingId) {
        return "SIGNED".equals(protocols.status(meetingId).orElse(""));
    }

    public List<ProtocolAnnex> of(long meetingId) {
        return annexes.of(meetingId);
    }

    /** The frozen copy of annex {@code number}. */
    public Optional<byte[]> content(long meetingId, int number) {
        return annexes.content(meetingId, number);
    }

    /** Whether every frozen annex file still has the SHA-256 the protocol lists for it. */
    boolean intact(long meetingId) {
        return annexes.of(meetingId).stream().allMatch(annex -> annexes.content(meetingId, annex.number())
                .map(Hashes::sha256).filter(annex.sha256()::equals).isPresent());
    }

    /** The protocol's PDF followed by the pages of its PDF annexes, in their order. */
    byte[] appendedTo(long meetingId, byte[] protocolPdf) {
        List<byte[]> pdfs = annexes.of(meetingId).stream().filter(ProtocolAnnex::pdf)
                .map(a -> annexes.content(meetingId, a.number()).orElseThrow()).toList();
        return PdfPages.append(protocolPdf, pdfs);
    }
}
