package org.sovet.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The record of a session: attendance, narrative per agenda item, decisions and votes. Named apart from
 * Spring Session's «sessionRepository» (HTTP sessions in the database).
 */
@Repository("meetingSessionRepository")
class SessionRepository {

    private final JdbcClient jdbc;

    SessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the meeting for the step (its states in the WHERE clause) first; false, and nothing written, if it stands elsewhere.
     * The quorum is null until the rule decides it, and stays null when the attendance establishes none.
     */
    boolean recordAttendance(long meetingId, Attendance attendance, List<Guest> guests, int votingMembers, Ruling quorum,
                             MeetingStep step) {
        int claimed = jdbc.sql("update meeting set attendance_note = :note, audience_voters = :voters, voting_members = :voting,"
                        + " present_voting = :present, quorum = :quorum, quorum_rule_version = :version where id = :id and status in (:from)")
                .param("note", attendance.audience()).param("voters", attendance.audienceVoters()).param("voting", votingMembers)
                .param("present", attendance.membersPresent())
                .param("quorum", quorum == null ? null : quorum.result()).param("version", quorum == null ? null : quorum.ruleVersion())
                .param("id", meetingId).param("from", step.from()).update();
        if (claimed == 0) {
            return false;
        }
        jdbc.sql("delete from meeting_attendee where meeting_id = ?").param(meetingId).update();
        jdbc.sql("delete from meeting_guest where meeting_id = ?").param(meetingId).update();
        attendance.memberIds().forEach(id -> jdbc.sql("insert into meeting_attendee (meeting_id, person_id) values (?, ?)")
                .params(meetingId, id).update());
        for (int i = 0; i < guests.size(); i++) {
            Guest g = guests.get(i);
            jdbc.sql("insert into meeting_guest (meeting_id, position, name, job_title, organization) values (?, ?, ?, ?, ?)")
                    .params(meetingId, i, g.name(), g.position(), g.organization()).update();
        }
        return true;
    }

    /** The quorum rule's answer on the attendance recorded; claims the meeting for the step as {@link #recordAttendance} does. */
    boolean recordQuorum(long meetingId, Ruling quorum, MeetingStep step) {
        return jdbc.sql("update meeting set quorum = :quorum, quorum_rule_version = :version where id = :id and status in (:from)")
                .param("quorum", quorum.result()).param("version", quorum.ruleVersion())
                .param("id", meetingId).param("from", step.from()).update() > 0;
    }

    /** A count without names is the present_voting of a meeting with no attendee rows (none recorded: null, or 0 before V34). */
    Attendance attendance(long meetingId) {
        List<String> names = attendees(meetingId);
        return jdbc.sql("select present_voting, attendance_note, audience_voters from meeting where id = ?").param(meetingId)
                .query((rs, n) -> {
                    Integer present = rs.getObject(1, Integer.class);
                    return new Attendance(names, names.isEmpty() && present != null && present > 0 ? present : null,
                            rs.getString(2), rs.getObject(3, Integer.class));
                })
                .single();
    }

    /** Empty until the quorum was decided. */
    Optional<Quorum> quorum(long meetingId) {
        return jdbc.sql("select present_voting, voting_members, quorum, quorum_rule_version from meeting where id = ? and quorum is not null")
                .param(meetingId)
                .query((rs, n) -> new Quorum(rs.getInt(1), rs.getInt(2), rs.getBoolean(3), rs.getObject(4, Integer.class)))
                .optional();
    }

    List<String> attendees(long meetingId) {
        return jdbc.sql("select person_id from meeting_attendee where meeting_id = ? order by person_id").param(meetingId)
                .query(String.class).list();
    }

    List<Guest> guests(long meetingId) {
        return jdbc.sql("select name, job_title, organization from meeting_guest where meeting_id = ? order by position")
                .param(meetingId).query((rs, n) -> new Guest(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Claims the meeting for the step first, as {@link #recordAttendance} does. */
    boolean recordNarrative(long meetingId, String opening, String closing, List<SessionItem> items, MeetingStep step) {
        int claimed = jdbc.sql("update meeting set opening = :opening, closing = :closing where id = :id and status in (:from)")
                .param("opening", opening).param("closing", closing).param("id", meetingId).param("from", step.from()).update();
        if (claimed == 0) {
            return false;
        }
        jdbc.sql("delete from agenda_record where meeting_id = ?").param(meetingId).update();
        for (int i = 0; i < items.size(); i++) {
            jdbc.sql("insert into agenda_record (meeting_id, position, heard, spoke) values (?, ?, ?, ?)")
                    .params(meetingId, i, items.get(i).heard(), items.get(i).spoke()).update();
        }
        return true;
    }

    /** Only after the meeting was claimed for the step in the same transaction (narrative or attendance). */
    void replaceDecisions(long meetingId, List<Decision> decisions) {
        jdbc.sql("delete from decision where meeting_id = ?").param(meetingId).update();
        for (Decision d : decisions) {
            jdbc.sql("insert into decision (meeting_id, item_position, position, text, kind, votes_for, votes_against, votes_abstain,"
                            + " adopted, adoption_rule_version, owner, due_text, due_date, voted_together)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(meetingId, d.itemPosition(), d.position(), d.text(), d.kind(), d.votesFor(), d.votesAgainst(),
                            d.votesAbstain(), d.adopted(), d.adoptionRuleVersion(), d.owner(), d.due(), d.dueDate(), d.votedTogether())
                    .update();
        }
    }

    List<Decision> decisions(long meetingId) {
        return jdbc.sql("select * from decision where meeting_id = ? order by item_position, position").param(meetingId)
                .query((rs, n) -> new Decision(rs.getLong("id"), rs.getInt("item_position"), rs.getInt("position"),
                        rs.getString("text"), rs.getString("kind"), rs.getObject("votes_for", Integer.class),
                        rs.getObject("votes_against", Integer.class), rs.getObject("votes_abstain", Integer.class), rs.getBoolean("adopted"),
                        rs.getObject("adoption_rule_version", Integer.class), rs.getString("owner"), rs.getString("due_text"),
                        rs.getObject("due_date", LocalDate.class), rs.getBoolean("voted_together")))
                .list();
    }

    SessionNarrative narrative(long meetingId) {
        return jdbc.sql("select opening, closing from meeting where id = ?").param(meetingId)
                .query((rs, n) -> new SessionNarrative(rs.getString(1), rs.getString(2))).single();
    }

    List<ItemRecord> itemRecords(long meetingId) {
        return jdbc.sql("select heard, spoke from agenda_record where meeting_id = ? order by position").param(meetingId)
                .query((rs, n) -> new ItemRecord(rs.getString(1), rs.getString(2))).list();
    }
}
