package org.sovet.protocol;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.sovet.common.ClosedRecordException;
import org.sovet.common.Hashes;
import org.sovet.common.InputRejectedException;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.sovet.followup.AssignmentService;
import org.sovet.meeting.Meeting;
import org.sovet.meeting.MeetingFormat;
import org.sovet.meeting.MeetingService;
import org.sovet.meeting.SessionService;
import org.springframework.stereotype.Service;

/** The protocol's life: draft, review, parallel signatures, frozen with its SHA-256, assignments. */
@Service
public class ProtocolService {

    /** What a page of a protocol whose draft is still being rendered says. */
    public static final String PREPARING = "Проект протокола готовится: он появится через несколько секунд. Обновите страницу.";

    private final ProtocolRepository protocols;
    private final ProtocolAssembler assembler;
    private final ProtocolPdf pdf;
    private final ProtocolDocx docx;
    private final MeetingService meetings;
    private final SessionService sessions;
    private final AssignmentService assignments;
    private final Directory directory;
    private final Clock clock;
    private final Annexes annexes;

    ProtocolService(ProtocolRepository protocols, ProtocolAssembler assembler, ProtocolPdf pdf, ProtocolDocx docx,
                    MeetingService meetings, SessionService sessions, AssignmentService assignments, Directory directory,
                    Clock clock, Annexes annexes) {
        this.annexes = annexes;
        this.protocols = protocols;
        this.assembler = assembler;
        this.pdf = pdf;
        this.docx = docx;
        this.meetings = meetings;
        this.sessions = sessions;
        this.assignments = assignments;
        this.directory = directory;
        this.clock = clock;
    }

    /** The session record is in and the draft will be rendered by a job: until then the protocol says it is being prepared. */
    public void prepare(long meetingId) {
        meetings.awaitingProtocol(meetingId);
        if (!protocols.markPreparing(meetingId)) {
            throw signed(meetingId);
        }
    }

    /**
     * Renders the draft (PDF and DOCX) from the record, unless the stored draft was rendered from the same content:
     * a review that changed nothing keeps the files it reviewed. The view (with each annex's SHA-256) is the content.
     */
    public void draft(long meetingId) {
        if ("SIGNED".equals(protocols.status(meetingId).orElse(""))) {
            throw signed(meetingId);
        }
        meetings.awaitingProtocol(meetingId);
        ProtocolView view = assembler.assemble(meetingId, signerLines(meetingId), true);
        String key = Hashes.sha256(view.toString().getBytes(StandardCharsets.UTF_8));
        if (protocols.keepDraft(meetingId, key)) {
            return;
        }
        if (!protocols.saveDraft(meetingId, annexes.appendedTo(meetingId, pdf.render(view)), docx.render(view), key)) {
            throw signed(meetingId);
        }
    }

    public void updateNarrative(long meetingId, String opening, String closing, List<org.sovet.meeting.ItemRecord> items) {
        if ("SIGNED".equals(protocols.status(meetingId).orElse(""))) {
            throw signed(meetingId);
        }
        sessions.updateNarrative(meetingId, opening, closing, items);
        draft(meetingId);
    }

    /** How the draft writes the decisions: the secretary's choice for it, or the council's habit. */
    public DecisionsLayout decisionsLayout(long meetingId) {
        return assembler.decisionsLayout(meetingId);
    }

    /** The secretary's choice for this protocol; takes effect when the draft is rendered again. */
    public void chooseDecisionsLayout(long meetingId, DecisionsLayout layout) {
        if (!protocols.saveDecisionsLayout(meetingId, layout.name())) {
            throw refusal(meetingId, "Протокол сейчас не проект: изменить его нельзя.");
        }
    }

    /** Opens a round of signatures; earlier signatures of a returned draft no longer count. */
    public void startSigning(long meetingId) {
        if (!protocols.markSigning(meetingId)) {
            throw refusal(meetingId, "Протокол сейчас не проект: открыть подписание нельзя.");
        }
    }

    /**
     * Back to the session record: a draft again and the signatures cleared, so nothing signed ever
     * stands on a record that then changes (a protocol returned by a signer may carry the other's).
     */
    public void withdraw(long meetingId) {
        if (!protocols.withdraw(meetingId)) {
            throw refusal(meetingId, "Протокола ещё нет: возвращаться к записи заседания не от чего.");
        }
    }

    public List<String> signerIds(long meetingId) {
        return signers(meetingId).stream().map(SignerRef::personId).toList();
    }

    public void sign(long meetingId, String signerId, String actingUser) {
        if (actingUser != null && !actingUser.equals(signerId)) {
            throw new InputRejectedException("Подписать протокол может только сам подписант.");
        }
        SignerRef signer = signers(meetingId).stream().filter(s -> s.personId().equals(signerId)).findFirst()
                .orElseThrow(() -> new InputRejectedException("Вы не подписываете этот протокол."));
        meetings.checkSignable(meetingId);
        boolean acting = directory.actingIn(signerId, meetings.meeting(meetingId).clusterId(), signer.role());
        if (!protocols.sign(meetingId, signerId, signer.role().name(), acting, clock.instant())) {
            throw refusal(meetingId, "Протокол сейчас не на подписи: подписать его нельзя.");
        }
    }

    /**
     * Renders the final files with the signatures, stores their SHA-256 and never changes them again. Each
     * signing role must have its signature, whoever gave it: a substitution may have ended since.
     */
    public String freeze(long meetingId) {
        var signed = protocols.signatures(meetingId).stream().map(ProtocolSignature::role).toList();
        if (!signed.containsAll(signers(meetingId).stream().map(SignerRef::role).toList())) {
            throw new InputRejectedException("Протокол подписали ещё не все подписанты: заморозить его нельзя.");
        }
        ProtocolView view = assembler.assemble(meetingId, signerLines(meetingId), false);
        // the PDF annexes' pages are part of the signed file, so its one SHA-256 covers them (see Annexes)
        byte[] finalPdf = annexes.appendedTo(meetingId, pdf.render(view));
        String sha = Hashes.sha256(finalPdf);
        if (!protocols.freeze(meetingId, finalPdf, docx.render(view), sha, clock.instant())) {
            throw refusal(meetingId, "Протокол сейчас не на подписи: заморозить его нельзя.");
        }
        meetings.markSigned(meetingId);
        return sha;
    }

    /** Whether the stored PDF is byte for byte the one that was signed, and each annex file the one it lists. */
    public boolean verify(long meetingId) {
        return protocols.find(meetingId)
                .filter(p -> p.sha256() != null)
                .map(p -> p.sha256().equals(Hashes.sha256(p.pdf())) && annexes.intact(meetingId))
                .orElse(false);
    }

    public void recordAssignments(long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        sessions.decisions(meetingId).stream()
                .filter(d -> d.adopted() && d.owner() != null && d.dueDate() != null)
                .forEach(d -> assignments.record(meeting.clusterId(), meetingId, d.id(), d.text(), d.owner(), d.due(),
                        d.dueDate(), meeting.createdBy()));
    }

    public java.util.Optional<StoredProtocol> stored(long meetingId) {
        return protocols.find(meetingId);
    }

    /** Status, fingerprint and signatures of the meeting's protocol, without loading its files. */
    public java.util.Optional<ProtocolSummary> summary(long meetingId) {
        return protocols.summary(meetingId);
    }

    List<SignerRef> signers(long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        String cluster = meeting.clusterId();
        SignerRef secretary = new SignerRef(directory.rolesOf(meeting.createdBy(), cluster).contains(CouncilRole.SECRETARY)
                ? meeting.createdBy() : first(cluster, CouncilRole.SECRETARY), CouncilRole.SECRETARY);
        var settings = directory.settings(cluster);
        // each council says who signs; Опарино's protocols of 2021 carry the chair's signature alone
        return switch (meeting.format() == MeetingFormat.IN_WRITING ? settings.writtenSigners() : settings.signers()) {
            case "SECRETARY" -> List.of(secretary);
            case "CHAIR" -> List.of(head(cluster, CouncilRole.CHAIR));
            case "CURATOR_SECRETARY" -> List.of(head(cluster, CouncilRole.CURATOR), secretary);
            default -> List.of(head(cluster, CouncilRole.CHAIR), secretary);
        };
    }

    private SignerRef head(String clusterId, CouncilRole role) {
        return new SignerRef(first(clusterId, role), role);
    }

    /**
     * A signed role prints who signed it and in which capacity, as recorded at signing; one still to sign
     * prints who signs it now, «исполняющий обязанности» when that is a substitute. The name is always the
     * signer's own.
     */
    private List<ProtocolView.Signer> signerLines(long meetingId) {
        String clusterId = meetings.meeting(meetingId).clusterId();
        ZoneId zone = meetings.zone(clusterId);
        var signatures = protocols.signatures(meetingId);
        List<ProtocolView.Signer> lines = new ArrayList<>();
        for (SignerRef ref : signers(meetingId)) {
            var signature = signatures.stream().filter(s -> s.role() == ref.role()).findFirst();
            String signerId = signature.map(ProtocolSignature::signerId).orElse(ref.personId());
            String capacity = signature.map(ProtocolSignature::capacity).orElseGet(() -> directory.actingIn(signerId, clusterId,
                    ref.role()) ? ref.role().actingTitle() : ref.role().title());
            Person person = directory.person(signerId).orElseThrow();
            lines.add(new ProtocolView.Signer(capacity, person.position(), person.initialsAndSurname(),
                    signature.map(s -> s.signedAt().atZone(zone).toLocalDate()).orElse(null)));
        }
        return lines;
    }

    private String first(String clusterId, CouncilRole role) {
        return directory.peopleWithRole(clusterId, role).stream().findFirst().map(Person::id)
                .orElseThrow(() -> new InputRejectedException("В Совете нет участника с ролью «" + role.title() + "»."));
    }

    /** Why a write found the protocol elsewhere than its step needs: signed for good, or the given reason. */
    private InputRejectedException refusal(long meetingId, String otherwise) {
        return "SIGNED".equals(protocols.status(meetingId).orElse("")) ? signed(meetingId) : new InputRejectedException(otherwise);
    }

    private ClosedRecordException signed(long meetingId) {
        return new ClosedRecordException("Протокол заседания № " + meetings.meeting(meetingId).protocolNumber()
                + " подписан: изменить его нельзя.");
    }

    /** Who signs, and in which capacity. */
    record SignerRef(String personId, CouncilRole role) {}
}
