package org.sovet.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sovet.meeting.MeetingFixture.item;
import static org.sovet.support.DatabaseRefusals.assertRefused;

import java.time.LocalTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.sovet.common.ClosedRecordException;
import org.sovet.document.FileStore;
import org.sovet.meeting.MeetingProcess.Elements;
import org.sovet.meeting.MeetingProcess.Vars;
import org.sovet.document.UploadSamples;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A signed meeting stays as it was signed, whatever process points at it and whatever SQL reaches the database. */
class SignedMeetingStaysClosedTest extends SovetTest {

    private static final String CLOSED = "Заседание № 1 закрыто: протокол подписан";
    private static final List<String> PRESENT = List.of("vorontsov", "kolesnikova", "zueva", "belyaev", "polyakova");
    private static final List<AgendaEntry> AGENDA = List.of(item("Анализ работы кластера", "Воронцов А.Н.", 10));
    private static final List<SessionItem> RECORD = List.of(new SessionItem("Анализ работы кластера", "Воронцов А.Н.",
            "Воронцов А.Н. проанализировал работу кластера.", null,
            List.of(new SessionItem.DecisionDraft("Принять анализ к сведению.", "SIMPLE", 5, 0, 0, null, null, null))));

    @Autowired MeetingFixture meeting;
    @Autowired MeetingService meetings;
    @Autowired SessionService sessions;
    @Autowired WrittenVoteService votes;
    @Autowired Materials materials;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired JdbcClient jdbc;

    @Test
    void shouldRefuseToRewriteASignedMeetingThatAnotherMeetingsProcessPointsAt() throws Exception {
        long signedId = signedMeeting();
        Record before = record(signedId);
        ProcessInstance other = meeting.schedule();
        closeProposals(other);
        MAIL.purgeEmailFromAllMailboxes();

        // the step works on the meeting bound to its own process, whatever the variable says
        runtime.setVariable(other.getId(), Vars.MEETING_ID, signedId);
        meeting.compose(other, List.of(item("Своя повестка", "Шилов О.П.", 5)));

        for (Runnable step : List.<Runnable>of(
                () -> meetings.saveAgenda(signedId, List.of(item("Чужая повестка", "Шилов О.П.", 5))),
                () -> meetings.propose(signedId, "shilov", List.of(item("Чужой вопрос", "Шилов О.П.", 5))),
                () -> meetings.markInvited(signedId),
                () -> meetings.reschedule(signedId, MeetingFixture.inTwoWeeks().plusDays(1), LocalTime.of(10, 0)),
                () -> meetings.switchToWriting(signedId, MeetingFixture.inTwoWeeks()),
                () -> meetings.cancel(signedId),
                () -> sessions.recordAttendance(signedId, new Attendance(List.of("vorontsov", "shilov"), null, null, null), List.of()),
                () -> sessions.recordQuorum(signedId, new Ruling(false, 1)),
                () -> sessions.recordSession(signedId, "Другое открытие.", null, RECORD, null),
                () -> meetings.markHeld(signedId),
                () -> votes.open(signedId, null, RECORD),
                () -> votes.count(signedId),
                () -> materials.upload(signedId, MeetingFixture.SECRETARY, "подмена.pdf", UploadSamples.pdf()))) {
            assertThatThrownBy(step::run).isInstanceOf(ClosedRecordException.class).hasMessageContaining(CLOSED);
        }

        assertThat(record(signedId)).isEqualTo(before);
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void shouldMailNothingAboutASignedMeetingWhateverTheProcessSays() throws Exception {
        long signedId = signedMeeting();
        int signedNumber = meetings.meeting(signedId).protocolNumber();
        ProcessInstance other = meeting.schedule();
        int ownNumber = meetings.meeting(meeting.meetingId(other)).protocolNumber();
        closeProposals(other);
        meeting.compose(other, AGENDA);
        MAIL.purgeEmailFromAllMailboxes();

        runtime.setVariable(other.getId(), Vars.MEETING_ID, signedId);
        meeting.reviewAgenda(other, MeetingProcess.DECISION_APPROVE, null);
        meeting.runJobs(Elements.SEND_INVITATIONS);
        management.executeJob(management.createJobQuery().processInstanceId(other.getId()).timers().singleResult().getId());
        meeting.runJobs(Elements.SEND_REMINDERS);

        assertThat(MAIL.getReceivedMessages()).isNotEmpty().allSatisfy(mail -> assertThat(mail.getSubject())
                .contains("№ " + ownNumber + ",").doesNotContain("№ " + signedNumber + ","));
        assertThat(meetings.meeting(signedId).status()).isEqualTo(MeetingStatus.SIGNED);
    }

    @Test
    void shouldRefuseEveryDirectSqlChangeToASignedMeetingAndItsRows() {
        long id = signedMeeting();
        Record before = record(id);
        long open = meeting.meetingId(meeting.schedule());

        assertRefused(jdbc, "Заседание закрыто (протокол подписан или заседание отменено) и не может быть изменено.",
                "update meeting set status = 'AGENDA' where id = " + id,
                "update meeting set theme = 'Другая тема' where id = " + id,
                "update meeting set starts_at = starts_at, calendar_sequence = calendar_sequence + 1 where id = " + id,
                "delete from meeting where id = " + id,
                "update agenda_item set title = 'Другой вопрос' where meeting_id = " + id,
                "delete from agenda_item where meeting_id = " + id,
                "insert into agenda_item (meeting_id, position, title, speaker_name, minutes) values (" + id + ", 9, 'Лишний', 'Шилов О.П.', 5)",
                "insert into agenda_proposal (meeting_id, proposed_by, title, minutes, submitted_at)"
                        + " values (" + id + ", 'shilov', 'Лишний', 5, current_timestamp)",
                "delete from meeting_attendee where meeting_id = " + id,
                "insert into meeting_attendee (meeting_id, person_id) values (" + id + ", 'shilov')",
                "update meeting_guest set name = 'Другой гость' where meeting_id = " + id,
                "delete from meeting_guest where meeting_id = " + id,
                "update agenda_record set heard = 'Другое' where meeting_id = " + id,
                "delete from agenda_record where meeting_id = " + id,
                "update decision set votes_for = 0, adopted = false where meeting_id = " + id,
                "delete from decision where meeting_id = " + id,
                "insert into written_decision (meeting_id, item_position, position, text, kind) values (" + id + ", 0, 0, 'Проект', 'SIMPLE')",
                "insert into ballot (meeting_id, person_id, item_position, position, choice, cast_at)"
                        + " values (" + id + ", 'shilov', 0, 0, 'FOR', current_timestamp)",
                "update stored_file set file_name = 'подмена.pdf' where folder = 'meeting-" + id + "'",
                "delete from stored_file where folder = 'meeting-" + id + "'",
                "insert into stored_file (folder, file_name, content_type, content, size_bytes, uploaded_by, uploaded_at)"
                        + " values ('meeting-" + id + "', 'подмена.pdf', 'application/pdf', '\\x01', 1, 'kolesnikova', current_timestamp)");

        assertThat(record(id)).isEqualTo(before);
        assertThat(jdbc.sql("update meeting set theme = 'Уточнённая тема' where id = " + open).update())
                .as("an open meeting is written as before").isOne();
    }

    @Test
    void shouldKeepACancelledMeetingCancelled() {
        ProcessInstance instance = meeting.invited("IN_PERSON", AGENDA);
        long id = meeting.meetingId(instance);
        meeting.manage(instance, MeetingProcess.ACTION_CANCEL, null, null);
        Record before = record(id);

        for (Runnable step : List.<Runnable>of(
                () -> meetings.saveAgenda(id, AGENDA),
                () -> meetings.reschedule(id, MeetingFixture.inTwoWeeks().plusDays(1), LocalTime.of(10, 0)),
                () -> sessions.recordAttendance(id, new Attendance(PRESENT, null, null, null), List.of()))) {
            assertThatThrownBy(step::run).isInstanceOf(ClosedRecordException.class)
                    .hasMessageContaining("Заседание № 1 закрыто: оно отменено");
        }
        assertRefused(jdbc, "Заседание закрыто (протокол подписан или заседание отменено) и не может быть изменено.",
                "update meeting set status = 'INVITED' where id = " + id,
                "delete from agenda_item where meeting_id = " + id);
        assertThat(record(id)).isEqualTo(before);
    }

    /** Held with a guest and a material, recorded and signed. */
    private long signedMeeting() {
        ProcessInstance instance = meeting.invited("IN_PERSON", AGENDA);
        materials.upload(meeting.meetingId(instance), MeetingFixture.SECRETARY, "Приложение 1.pdf", UploadSamples.pdf());
        meeting.manage(instance, MeetingProcess.ACTION_HOLD, null, null);
        meeting.recordAttendance(instance, PRESENT, List.of(new Guest("Крылова Е.А.", "заведующая", "Детская библиотека")), null);
        return meeting.signed(instance, RECORD);
    }

    private void closeProposals(ProcessInstance instance) {
        management.executeJob(management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult().getId());
    }

    private Record record(long id) {
        return new Record(meetings.meeting(id), meetings.agenda(id), meetings.proposals(id), sessions.attendance(id), sessions.guests(id),
                sessions.narrative(id), sessions.itemRecords(id), sessions.decisions(id), materials.of(id));
    }

    /** Everything a meeting's record holds. */
    private record Record(Meeting meeting, List<AgendaEntry> agenda, List<AgendaEntry> proposals, Attendance attendance,
                          List<Guest> guests, SessionNarrative narrative, List<ItemRecord> items, List<Decision> decisions,
                          List<FileStore.StoredFile> files) {}
}
