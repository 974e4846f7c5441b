package org.sovet.meeting;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who answered the call for agenda items: with proposals, or with «Предложений нет». */
@Repository
class ProposalAnswers {

    private final JdbcClient jdbc;

    ProposalAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void recordNone(long meetingId, String memberId, Instant now) {
        jdbc.sql("delete from agenda_no_proposals where meeting_id = ? and member_id = ?").params(meetingId, memberId).update();
        jdbc.sql("insert into agenda_no_proposals (meeting_id, member_id, answered_at) values (?, ?, ?)")
                .params(meetingId, memberId, now.atOffset(ZoneOffset.UTC)).update();
    }

    List<String> answeredNone(long meetingId) {
        return jdbc.sql("select member_id from agenda_no_proposals where meeting_id = ?").param(meetingId)
                .query(String.class).list();
    }

    List<String> proposers(long meetingId) {
        return jdbc.sql("select distinct proposed_by from agenda_proposal where meeting_id = ?").param(meetingId)
                .query(String.class).list();
    }
}
