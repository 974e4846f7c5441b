package org.sovet.meeting;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Members' answers «Приду / Не приду» and the key that signs the links they answer by. */
@Repository
class ReplyRepository {

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    ReplyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest answer counts: a member may change her mind until the meeting starts. */
    void answer(long meetingId, String member, MeetingReply answer, Instant now) {
        var at = now.atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql("update meeting_reply set answer = ?, answered_at = ? where meeting_id = ? and person_id = ?")
                .params(answer.name(), at, meetingId, member).update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into meeting_reply (meeting_id, person_id, answer, answered_at) values (?, ?, ?, ?)")
                        .params(meetingId, member, answer.name(), at).update();
            } catch (DuplicateKeyException twoClicksAtOnce) {
                answer(meetingId, member, answer, now);
            }
        }
    }

    Map<String, MeetingReply> answers(long meetingId) {
        return jdbc.sql("select person_id, answer from meeting_reply where meeting_id = ?").param(meetingId)
                .query((rs, n) -> Map.entry(rs.getString(1), MeetingReply.valueOf(rs.getString(2)))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The signing key, made on first use; two first uses at once keep the one stored first. */
    byte[] linkKey() {
        var stored = jdbc.sql("select secret from link_key where id = 1").query(String.class).optional();
        if (stored.isPresent()) {
            return Base64.getDecoder().decode(stored.get());
        }
        byte[] key = new byte[32];
        random.nextBytes(key);
        try {
            jdbc.sql("insert into link_key (id, secret) values (1, ?)").param(Base64.getEncoder().encodeToString(key)).update();
            return key;
        } catch (DuplicateKeyException madeMeanwhile) {
            return linkKey();
        }
    }
}
