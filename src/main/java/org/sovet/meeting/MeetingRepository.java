package org.sovet.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The record of meetings, their agenda proposals and approved agendas. */
@Repository
class MeetingRepository {

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Meeting m, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into meeting (cluster_id, planned_meeting_id, numbering_period, protocol_number, starts_at,"
                        + " duration_minutes, format, place, link, voting_deadline, theme, organizers, proposal_deadline, status,"
                        + " calendar_sequence, process_instance_id, created_by, created_at, entered_afterwards, entered_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)")
                .params(m.clusterId(), m.plannedMeetingId(), m.numberingPeriod(), m.protocolNumber(), utc(m.startsAt()),
                        m.durationMinutes(), m.format().name(), m.place(), m.link(), utc(m.votingDeadline()), m.theme(),
                        m.organizers(), utc(m.proposalDeadline()), m.status().name(), m.processInstanceId(), m.createdBy(),
                        utc(now), m.enteredAfterwards(), m.enteredAfterwards() ? m.entered().by() : null)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    Optional<Meeting> findByProcess(String processInstanceId) {
        return jdbc.sql("select * from meeting where process_instance_id = ?").param(processInstanceId)
                .query(MeetingRepository::meeting).optional();
    }

    Optional<Meeting> find(long id) {
        return jdbc.sql("select * from meeting where id = ?").param(id).query(MeetingRepository::meeting).optional();
    }

    List<Meeting> ofCluster(String clusterId) {
        return jdbc.sql("select * from meeting where cluster_id = ? order by starts_at desc").param(clusterId)
                .query(MeetingRepository::meeting).list();
    }

    /** Moves the meeting to the status from a state the step may happen in; false if it stands elsewhere. */
    boolean status(long id, MeetingStatus to, MeetingStep step) {
        return jdbc.sql("update meeting set status = :to where id = :id and status in (:from)")
                .param("to", to.name()).param("id", id).param("from", step.from()).update() == 1;
    }

    /** Moves the meeting; the calendar sequence grows so calendar programs take the update. */
    boolean reschedule(long id, Instant startsAt) {
        return jdbc.sql("update meeting set starts_at = :at, calendar_sequence = calendar_sequence + 1"
                        + " where id = :id and status in (:from)")
                .param("at", utc(startsAt)).param("id", id).param("from", MeetingStep.RESCHEDULE.from()).update() == 1;
    }

    boolean switchToWriting(long id, Instant votingDeadline) {
        return jdbc.sql("update meeting set format = 'IN_WRITING', voting_deadline = :deadline where id = :id and status in (:from)")
                .param("deadline", utc(votingDeadline)).param("id", id).param("from", MeetingStep.SWITCH_TO_WRITING.from())
                .update() == 1;
    }

    /** A released number stays on the cancelled meeting outside the sequence: its slot is its own id, not 0. */
    boolean cancel(long id, boolean releaseNumber) {
        return jdbc.sql("update meeting set status = 'CANCELLED', calendar_sequence = calendar_sequence + 1,"
                        + " number_slot = :slot where id = :id and status in (:from)")
                .param("slot", releaseNumber ? id : 0L).param("id", id).param("from", MeetingStep.CANCEL.from()).update() == 1;
    }

    void addProposal(long meetingId, String proposedBy, AgendaEntry entry, Instant now) {
        jdbc.sql("insert into agenda_proposal (meeting_id, proposed_by, title, speaker_person_id, speaker_name, speaker_position,"
                        + " speaker_organization, minutes, submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(meetingId, proposedBy, entry.title(), entry.speakerId(), entry.speakerName(), entry.speakerPosition(),
                        entry.speakerOrganization(), entry.minutes(), utc(now))
                .update();
    }

    List<AgendaEntry> proposals(long meetingId) {
        return jdbc.sql("select * from agenda_proposal where meeting_id = ? order by submitted_at, id").param(meetingId)
                .query((rs, n) -> entry(rs, null)).list();
    }

    /** Only after {@link #status} has claimed the meeting for the agenda in the same transaction. */
    void replaceAgenda(long meetingId, List<AgendaEntry> agenda) {
        jdbc.sql("delete from agenda_speaker where meeting_id = ?").param(meetingId).update();
        jdbc.sql("delete from agenda_item where meeting_id = ?").param(meetingId).update();
        for (int i = 0; i < agenda.size(); i++) {
            AgendaEntry e = agenda.get(i);
            jdbc.sql("insert into agenda_item (meeting_id, position, title, speaker_person_id, speaker_name, speaker_position,"
                            + " speaker_organization, minutes, materials) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(meetingId, i, e.title(), e.speakerId(), e.speakerName(), e.speakerPosition(), e.speakerOrganization(),
                            e.minutes(), e.materials())
                    .update();
            for (int s = 0; s < e.coSpeakers().size(); s++) {
                AgendaEntry.Speaker speaker = e.coSpeakers().get(s);
                jdbc.sql("insert into agenda_speaker (meeting_id, item_position, position, name, job_title, organization)"
                                + " values (?, ?, ?, ?, ?, ?)")
                        .params(meetingId, i, s, speaker.name(), speaker.position(), speaker.organization()).update();
            }
        }
    }

    List<AgendaEntry> agenda(long meetingId) {
        Map<Integer, List<AgendaEntry.Speaker>> coSpeakers = new HashMap<>();
        jdbc.sql("select * from agenda_speaker where meeting_id = ? order by item_position, position").param(meetingId)
                .query(rs -> {
                    coSpeakers.computeIfAbsent(rs.getInt("item_position"), k -> new ArrayList<>())
                            .add(new AgendaEntry.Speaker(rs.getString("name"), rs.getString("job_title"), rs.getString("organization")));
                });
        return jdbc.sql("select * from agenda_item where meeting_id = ? order by position").param(meetingId)
                .query((rs, n) -> withCoSpeakers(entry(rs, rs.getString("materials")), coSpeakers.get(rs.getInt("position")))).list();
    }

    private static AgendaEntry withCoSpeakers(AgendaEntry e, List<AgendaEntry.Speaker> coSpeakers) {
        return new AgendaEntry(e.title(), e.speakerId(), e.speakerName(), e.speakerPosition(), e.speakerOrganization(),
                e.minutes(), e.materials(), coSpeakers);
    }

    private static AgendaEntry entry(ResultSet rs, String materials) throws SQLException {
        return new AgendaEntry(rs.getString("title"), rs.getString("speaker_person_id"), rs.getString("speaker_name"),
                rs.getString("speaker_position"), rs.getString("speaker_organization"), rs.getObject("minutes", Integer.class), materials);
    }

    private static Meeting meeting(ResultSet rs, int row) throws SQLException {
        long planned = rs.getLong("planned_meeting_id");
        return new Meeting(rs.getLong("id"), rs.getString("cluster_id"), rs.wasNull() ? null : planned,
                rs.getString("numbering_period"), rs.getInt("protocol_number"), instant(rs, "starts_at"),
                rs.getInt("duration_minutes"), MeetingFormat.valueOf(rs.getString("format")), rs.getString("place"),
                rs.getString("link"), instant(rs, "voting_deadline"), rs.getString("theme"), rs.getString("organizers"),
                instant(rs, "proposal_deadline"), MeetingStatus.valueOf(rs.getString("status")), rs.getInt("calendar_sequence"),
                rs.getString("process_instance_id"), rs.getString("created_by"), rs.getBoolean("entered_afterwards")
                        ? new Meeting.Entered(rs.getString("entered_by"), instant(rs, "created_at")) : null);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
