package org.sovet.protocol;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.sovet.directory.CouncilRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored protocol. Every write names the states it may happen in (DRAFT → SIGNING → SIGNED,
 * a refused draft back to DRAFT), so a signed protocol, its files and its signatures never change.
 */
@Repository
class ProtocolRepository {

    /** What a list shows of a protocol: no files. */
    static final String SUMMARY_COLUMNS = "status, sha256, signed_at, preparing";
    static final String SIGNATURE_COLUMNS = "signer_id, role, signed_at, acting";

    private final JdbcClient jdbc;

    ProtocolRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The session record is in: the draft is being prepared (rendered by the next job), and until it is the
     * protocol shows no files. A first protocol gets its row now, without files.
     */
    boolean markPreparing(long meetingId) {
        if (status(meetingId).isEmpty()) {
            jdbc.sql("insert into protocol (meeting_id, status, preparing) values (?, 'DRAFT', true)").param(meetingId).update();
            return true;
        }
        return jdbc.sql("update protocol set preparing = true where meeting_id = ? and status in ('DRAFT', 'SIGNING')")
                .param(meetingId).update() == 1;
    }

    /** The stored draft stays when it was rendered from the same content ({@code key}); false when it must be rendered. */
    boolean keepDraft(long meetingId, String key) {
        return jdbc.sql("update protocol set preparing = false, status = 'DRAFT' where meeting_id = ? and draft_key = ?"
                        + " and pdf is not null and status in ('DRAFT', 'SIGNING')")
                .params(meetingId, key).update() == 1;
    }

    boolean saveDraft(long meetingId, byte[] pdf, byte[] docx, String key) {
        if (status(meetingId).isEmpty()) {
            jdbc.sql("insert into protocol (meeting_id, status, pdf, docx, draft_key) values (?, 'DRAFT', ?, ?, ?)")
                    .params(meetingId, pdf, docx, key).update();
            return true;
        }
        return jdbc.sql("update protocol set pdf = ?, docx = ?, draft_key = ?, preparing = false, status = 'DRAFT'"
                        + " where meeting_id = ? and status in ('DRAFT', 'SIGNING')")
                .params(pdf, docx, key, meetingId).update() == 1;
    }

    /** The secretary's choice for this protocol; empty when she kept the council's. */
    Optional<String> decisionsLayout(long meetingId) {
        return jdbc.sql("select decisions_layout from protocol where meeting_id = ?").param(meetingId).query(String.class)
                .optional().filter(layout -> layout != null);
    }

    /** While a draft, or returned by a signer (still SIGNING until the draft is rendered again). */
    boolean saveDecisionsLayout(long meetingId, String layout) {
        return jdbc.sql("update protocol set decisions_layout = ? where meeting_id = ? and status in ('DRAFT', 'SIGNING')")
                .params(layout, meetingId).update() == 1;
    }

    /** A new round of signatures: the reviewed draft goes to the signers, earlier signatures no longer count. */
    boolean markSigning(long meetingId) {
        if (jdbc.sql("update protocol set status = 'SIGNING' where meeting_id = ? and status = 'DRAFT'").param(meetingId).update() == 0) {
            return false;
        }
        jdbc.sql("delete from protocol_signature where meeting_id = ?").param(meetingId).update();
        return true;
    }

    /** Back to a draft for the record to be corrected; the signatures go, as they would with a new round. */
    boolean withdraw(long meetingId) {
        if (jdbc.sql("update protocol set status = 'DRAFT' where meeting_id = ? and status in ('DRAFT', 'SIGNING')")
                .param(meetingId).update() == 0) {
            return false;
        }
        jdbc.sql("delete from protocol_signature where meeting_id = ?").param(meetingId).update();
        return true;
    }

    /** Signs while the protocol is on signature, in one statement with that check. */
    boolean sign(long meetingId, String signerId, String role, boolean acting, Instant at) {
        return jdbc.sql("insert into protocol_signature (meeting_id, signer_id, role, acting, signed_at)"
                        + " select meeting_id, ?, ?, ?, ? from protocol where meeting_id = ? and status = 'SIGNING'")
                .params(signerId, role, acting, utc(at), meetingId).update() == 1;
    }

    boolean freeze(long meetingId, byte[] pdf, byte[] docx, String sha256, Instant at) {
        return jdbc.sql("update protocol set status = 'SIGNED', pdf = ?, docx = ?, sha256 = ?, signed_at = ?"
                        + " where meeting_id = ? and status = 'SIGNING'")
                .params(pdf, docx, sha256, utc(at), meetingId).update() == 1;
    }

    Optional<String> status(long meetingId) {
        return jdbc.sql("select status from protocol where meeting_id = ?").param(meetingId).query(String.class).optional();
    }

    Optional<StoredProtocol> find(long meetingId) {
        return jdbc.sql("select status, pdf, docx, sha256, preparing from protocol where meeting_id = ?").param(meetingId)
                .query((rs, n) -> new StoredProtocol(rs.getString(1), rs.getBytes(2), rs.getBytes(3), rs.getString(4), rs.getBoolean(5)))
                .optional();
    }

    /**
     * The protocol without its files, for lists. The signatures are read first: a query inside the row mapper took a
     * second pooled connection while holding one.
     */
    Optional<ProtocolSummary> summary(long meetingId) {
        List<ProtocolSignature> signatures = signatures(meetingId);
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from protocol where meeting_id = ?").param(meetingId)
                .query((rs, n) -> summary(rs, 1, signatures))
                .optional();
    }

    List<ProtocolSignature> signatures(long meetingId) {
        return jdbc.sql("select " + SIGNATURE_COLUMNS + " from protocol_signature where meeting_id = ? order by signed_at")
                .param(meetingId)
                .query((rs, n) -> signature(rs, 1))
                .list();
    }

    /** A summary from {@link #SUMMARY_COLUMNS}, the first of them at {@code first}. */
    static ProtocolSummary summary(ResultSet rs, int first, List<ProtocolSignature> signatures) throws SQLException {
        OffsetDateTime signedAt = rs.getObject(first + 2, OffsetDateTime.class);
        return new ProtocolSummary(rs.getString(first), rs.getString(first + 1), signedAt == null ? null : signedAt.toInstant(),
                signatures, rs.getBoolean(first + 3));
    }

    /** A signature from {@link #SIGNATURE_COLUMNS}, the first of them at {@code first}. */
    static ProtocolSignature signature(ResultSet rs, int first) throws SQLException {
        return new ProtocolSignature(rs.getString(first), CouncilRole.valueOf(rs.getString(first + 1)),
                rs.getObject(first + 2, OffsetDateTime.class).toInstant(), rs.getBoolean(first + 3));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
