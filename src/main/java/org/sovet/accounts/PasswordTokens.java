package org.sovet.accounts;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.sovet.common.Hashes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The only class that knows password_token. A token itself is never stored: a row holds its SHA-256,
 * and a new token is minted each time the row's mail is claimed for sending, so a retry after a failed
 * or lost mail sends a fresh link and whatever an earlier attempt may have carried is void.
 */
@Repository
class PasswordTokens {

    private static final String COLUMNS = "id, person_id, purpose, created_at, expires_at, sent_at, used_at, voided_at";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PasswordTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** A link waiting to be mailed; {@code expiresAt} is set again when its mail is claimed. */
    void add(String personId, TokenPurpose purpose, String createdBy, Duration ttl) {
        OffsetDateTime now = now();
        jdbc.sql("insert into password_token (person_id, purpose, token_hash, created_at, created_by, expires_at, send_after)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(personId, purpose.name(), Hashes.sha256(newToken().getBytes()), now, createdBy, now.plus(ttl), now)
                .update();
    }

    /** Rows whose mail is due: never sent, and not claimed by a node now or waiting after a failure. */
    List<Long> due() {
        return jdbc.sql("select id from password_token where sent_at is null and voided_at is null and send_after <= ? order by id")
                .param(now()).query(Long.class).list();
    }

    /**
     * Takes the row's mail for {@code hold} (the conditional update: of two nodes, one gets it) with a new
     * token, valid {@code ttl} from now; empty when another node has it or it is sent or void.
     */
    Optional<String> claim(long id, Duration hold, Duration ttl) {
        OffsetDateTime now = now();
        String token = newToken();
        int claimed = jdbc.sql("update password_token set token_hash = ?, send_after = ?, expires_at = ?, send_attempts = send_attempts + 1"
                        + " where id = ? and sent_at is null and voided_at is null and send_after <= ?")
                .params(Hashes.sha256(token.getBytes()), now.plus(hold), now.plus(ttl), id, now).update();
        return claimed == 1 ? Optional.of(token) : Optional.empty();
    }

    void sent(long id) {
        jdbc.sql("update password_token set sent_at = ? where id = ?").params(now(), id).update();
    }

    /** The mail failed: the row waits {@code delay} before a node tries again. */
    void failed(long id, Duration delay) {
        jdbc.sql("update password_token set send_after = ? where id = ? and sent_at is null").params(now().plus(delay), id).update();
    }

    Optional<PasswordToken> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from password_token where id = ?").param(id).query(PasswordTokens::row).optional();
    }

    Optional<PasswordToken> byToken(String token) {
        return jdbc.sql("select " + COLUMNS + " from password_token where token_hash = ?")
                .param(Hashes.sha256(token.getBytes())).query(PasswordTokens::row).optional();
    }

    /** The person's latest link of this purpose (read as a list: a JdbcClient stream keeps its connection until closed). */
    Optional<PasswordToken> latest(String personId, TokenPurpose purpose) {
        return jdbc.sql("select " + COLUMNS + " from password_token where person_id = ? and purpose = ? order by id desc")
                .params(personId, purpose.name()).query(PasswordTokens::row).list().stream().findFirst();
    }

    /** Uses the link, once: of two submissions at the same moment only one gets true. */
    boolean use(long id) {
        OffsetDateTime now = now();
        return jdbc.sql("update password_token set used_at = ? where id = ? and used_at is null and voided_at is null"
                        + " and sent_at is not null and expires_at > ?")
                .params(now, id, now).update() == 1;
    }

    void voidOne(long id) {
        jdbc.sql("update password_token set voided_at = ? where id = ? and voided_at is null").params(now(), id).update();
    }

    /** Every link of the person not used yet is void, their unsent mails too. */
    void voidAll(String personId) {
        jdbc.sql("update password_token set voided_at = ? where person_id = ? and used_at is null and voided_at is null")
                .params(now(), personId).update();
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static PasswordToken row(ResultSet rs, int row) throws SQLException {
        return new PasswordToken(rs.getLong(1), rs.getString(2), TokenPurpose.valueOf(rs.getString(3)),
                rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class),
                rs.getObject(7, OffsetDateTime.class), rs.getObject(8, OffsetDateTime.class));
    }
}
