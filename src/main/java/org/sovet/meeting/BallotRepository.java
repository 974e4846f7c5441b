package org.sovet.meeting;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Draft decisions of a written meeting and the members' ballots. */
@Repository
class BallotRepository {

    private final JdbcClient jdbc;

    BallotRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replaceDrafts(long meetingId, List<SessionItem> items) {
        jdbc.sql("delete from written_decision where meeting_id = ?").param(meetingId).update();
        for (int i = 0; i < items.size(); i++) {
            for (int d = 0; d < items.get(i).decisions().size(); d++) {
                var draft = items.get(i).decisions().get(d);
                jdbc.sql("insert into written_decision (meeting_id, item_position, position, text, kind, owner, due_text)"
                                + " values (?, ?, ?, ?, ?, ?, ?)")
                        .params(meetingId, i, d, draft.text().trim(), draft.kind() == null ? "SIMPLE" : draft.kind(),
                                SessionService.blankToNull(draft.owner()), SessionService.blankToNull(draft.due()))
                        .update();
            }
        }
    }

    List<SessionItem.DecisionDraft> drafts(long meetingId, int item) {
        return jdbc.sql("select text, kind, owner, due_text from written_decision where meeting_id = ? and item_position = ?"
                        + " order by position")
                .params(meetingId, item)
                .query((rs, n) -> new SessionItem.DecisionDraft(rs.getString(1), rs.getString(2), null, null, null,
                        rs.getString(3), rs.getString(4), null))
                .list();
    }

    boolean hasVoted(long meetingId, String personId) {
        return jdbc.sql("select count(*) from ballot where meeting_id = ? and person_id = ?").params(meetingId, personId)
                .query(Integer.class).single() > 0;
    }

    void cast(long meetingId, String personId, int item, int position, String choice, String comment, Instant at) {
        jdbc.sql("insert into ballot (meeting_id, person_id, item_position, position, choice, comment, cast_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(meetingId, personId, item, position, choice, comment, at.atOffset(ZoneOffset.UTC)).update();
    }

    List<String> voters(long meetingId) {
        return jdbc.sql("select distinct person_id from ballot where meeting_id = ? order by person_id").param(meetingId)
                .query(String.class).list();
    }

    int count(long meetingId, int item, int position, String choice) {
        return jdbc.sql("select count(*) from ballot where meeting_id = ? and item_position = ? and position = ? and choice = ?")
                .params(meetingId, item, position, choice).query(Integer.class).single();
    }
}
