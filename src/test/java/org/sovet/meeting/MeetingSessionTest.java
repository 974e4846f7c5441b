package org.sovet.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.sovet.meeting.MeetingFixture.item;
import static org.sovet.meeting.MeetingProcess.Elements;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.sovet.followup.AssignmentService;
import org.sovet.protocol.ProtocolProcess;
import org.sovet.protocol.ProtocolService;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A session from attendance to the signed, distributed protocol. */
class MeetingSessionTest extends SovetTest {

    private static final List<String> FIVE_OF_SIX = List.of("vorontsov", "kolesnikova", "zueva", "belyaev", "polyakova");
    private static final List<SessionItem> RECORD = List.of(
            new SessionItem("Анализ работы кластера", "Воронцов А.Н.", "Воронцов А.Н. проанализировал работу кластера.", null,
                    List.of(new SessionItem.DecisionDraft("Утвердить план работы на второе полугодие.", "SIMPLE", 5, 0, 0, null, null, null))),
            new SessionItem("О мониторинге участия школ", "Колесникова И.П.", "Колесникова И.П. представила форму отчёта.",
                    "Беляев С.И. предложил сдавать отчёт ежемесячно.",
                    List.of(new SessionItem.DecisionDraft("Опорной школе составить график посещений Центра «Точка роста» (Приложение 2).",
                            "SIMPLE", 5, 0, 0, "Опорная школа", "апрель 2026 года", null),
                            new SessionItem.DecisionDraft("Изменить положение о кластере.", "QUALIFIED", 3, 1, 1, null, null, null))));

    @Autowired MeetingFixture meeting;
    @Autowired MeetingService meetings;
    @Autowired SessionService sessions;
    @Autowired ProtocolService protocols;
    @Autowired AssignmentService assignments;
    @Autowired ManagementService management;

    @Test
    void shouldHoldAMeetingWithQuorumAndSignTheProtocolItProduces() throws Exception {
        ProcessInstance instance = held("IN_PERSON");
        long meetingId = meetingId(instance);
        meeting.recordSession(instance, "Заседание открыл председатель.", RECORD);

        List<Decision> decisions = sessions.decisions(meetingId);
        assertThat(decisions).extracting(Decision::adopted).containsExactly(true, true, false);
        assertThat(meetings.meeting(meetingId).status()).isEqualTo(MeetingStatus.HELD);

        meeting.reviewAndSign(meetingId, "vorontsov", "kolesnikova");

        assertThat(protocols.verify(meetingId)).isTrue();
        String text = new PDFTextStripper().getText(Loader.loadPDF(protocols.stored(meetingId).orElseThrow().pdf()))
                .replaceAll("\\s+", " ");
        assertThat(text).contains("Протокол № 1", "Колесникова И.П.", "Опорной школе составить график посещений",
                "за — 5, против — нет, воздержались — нет", "Решение не принято")
                .doesNotContain("ПРОЕКТ");
        assertThat(assignments.ofMeeting(meetingId)).singleElement().satisfies(a -> {
            assertThat(a.owner()).isEqualTo("Опорная школа");
            assertThat(a.dueDate()).isEqualTo(LocalDate.of(2026, 4, 30));
            assertThat(a.controllerId()).isEqualTo(MeetingFixture.SECRETARY);
        });

        MAIL.purgeEmailFromAllMailboxes();
        assertThat(runJobs(ProtocolProcess.Elements.SEND)).as("one job mails every member").isOne();
        assertThat(MAIL.getReceivedMessages()).hasSize(6);
        assertThat(MAIL.getReceivedMessages()[0].getSubject()).startsWith("Протокол № 1 от");
        assertThat(instance).isEnded().hasPassed(Elements.END_ARCHIVED);
        assertThat(meetings.meeting(meetingId).status()).isEqualTo(MeetingStatus.SIGNED);
    }

    @Test
    void shouldTakeTheRowsTheFormOfferedAndNobodyFilledInForNothing() {
        ProcessInstance instance = invited("IN_PERSON");
        meeting.manage(instance, MeetingProcess.ACTION_HOLD, null, null);
        meeting.recordAttendance(instance, FIVE_OF_SIX, List.of(new Guest("", null, " ")), null);
        long meetingId = meetingId(instance);
        assertThat(sessions.guests(meetingId)).as("an empty guest row is no guest").isEmpty();

        var emptyRow = new SessionItem.DecisionDraft(null, "SIMPLE", null, null, null, null, null, null);
        meeting.recordSession(instance, null, List.of(
                new SessionItem("Анализ работы кластера", null, null, null, List.of(RECORD.get(0).decisions().get(0), emptyRow)),
                new SessionItem("О мониторинге участия школ", null, "Колесникова И.П. представила форму отчёта.", null,
                        List.of(emptyRow))));

        assertThat(sessions.decisions(meetingId)).extracting(Decision::text).containsExactly("Утвердить план работы на второе полугодие.");
    }

    @Test
    void shouldGoBackToTheSecretaryWhenThereIsNoQuorum() {
        ProcessInstance instance = invited("ONLINE");
        meeting.manage(instance, MeetingProcess.ACTION_HOLD, null, null);

        meeting.recordAttendance(instance, List.of("vorontsov", "kolesnikova"), List.of(), null);

        assertThat(instance).hasPassed(Elements.QUORUM).isWaitingAt(Elements.MANAGE);
        meeting.manage(instance, MeetingProcess.ACTION_RESCHEDULE, MeetingFixture.inTwoWeeks().plusDays(7), "15:00");
        assertThat(management.createJobQuery().processInstanceId(instance.getId()).activityId(Elements.SEND_UPDATES).count()).isOne();
    }

    @Test
    void shouldMoveToAWrittenVoteWhenThereIsNoQuorum() {
        ProcessInstance instance = invited("ONLINE");
        meeting.manage(instance, MeetingProcess.ACTION_HOLD, null, null);
        meeting.recordAttendance(instance, List.of("vorontsov"), List.of(), null);

        meeting.submit(meeting.task(instance, Elements.MANAGE), MeetingFixture.SECRETARY, Map.of(
                MeetingProcess.Vars.MANAGE_ACTION, MeetingProcess.ACTION_WRITTEN,
                MeetingProcess.Vars.VOTING_DEADLINE, MeetingFixture.inTwoWeeks().plusDays(10).toString()));

        assertThat(instance).hasPassed(Elements.SWITCH_TO_WRITING).isWaitingAt(Elements.PREPARE_WRITTEN);
        assertThat(meetings.meeting(meetingId(instance)).format()).isEqualTo(MeetingFormat.IN_WRITING);
    }

    @Test
    void shouldHoldAnOnlineMeetingAndSignItsProtocol() {
        ProcessInstance instance = held("ONLINE");
        long meetingId = meetingId(instance);
        meeting.recordSession(instance, null, RECORD);
        meeting.reviewAndSign(meetingId, "vorontsov", "kolesnikova");

        assertThat(protocols.verify(meetingId)).isTrue();
        assertThat(meetings.meeting(meetingId).link()).isEqualTo("https://meet.example.org/sovet");
    }

    @Test
    void shouldRefuseVotesBeyondThoseWhoArePresent() {
        ProcessInstance instance = held("IN_PERSON");
        var tooMany = List.of(new SessionItem("Анализ", "В.", null, null,
                        List.of(new SessionItem.DecisionDraft("Решение", "SIMPLE", 4, 2, 0, null, null, null))),
                new SessionItem("Мониторинг", "К.", null, null, List.of()));

        assertThatThrownBy(() -> meeting.recordSession(instance, null, tooMany))
                .hasMessageContaining("за, против и воздержались вместе — 6, а голосовать могли 5");
        assertThat(instance).isWaitingAt(Elements.RECORD_SESSION);
    }

    @Test
    void shouldSendTheDraftBackWhenASignerRefusesAndSignTheCorrectedOne() {
        ProcessInstance instance = held("IN_PERSON");
        long meetingId = meetingId(instance);
        meeting.recordSession(instance, null, RECORD);
        meeting.submit(meeting.protocolTask(meetingId, ProtocolProcess.Elements.REVIEW, null), MeetingFixture.SECRETARY, Map.of());

        meeting.submit(meeting.protocolTask(meetingId, ProtocolProcess.Elements.SIGN, "vorontsov"), "vorontsov",
                Map.of("signDecision", "refuse", "reviewRemarks", "Уточните формулировку второго решения."));

        assertThat(meeting.protocolTask(meetingId, ProtocolProcess.Elements.SIGN, "kolesnikova")).isNull();
        var review = meeting.protocolTask(meetingId, ProtocolProcess.Elements.REVIEW, null);
        assertThat(engine.getTaskService().getVariable(review.getId(), "reviewRemarks")).isEqualTo("Уточните формулировку второго решения.");
        meeting.submit(review, MeetingFixture.SECRETARY, Map.of("closing", "Итоги подвёл председатель."));
        meeting.submit(meeting.protocolTask(meetingId, ProtocolProcess.Elements.SIGN, "vorontsov"), "vorontsov", Map.of("signDecision", "sign"));
        meeting.submit(meeting.protocolTask(meetingId, ProtocolProcess.Elements.SIGN, "kolesnikova"), "kolesnikova", Map.of("signDecision", "sign"));
        meeting.freezeProtocols();

        assertThat(protocols.verify(meetingId)).isTrue();
        assertThat(sessions.narrative(meetingId).closing()).isEqualTo("Итоги подвёл председатель.");
    }

    @Test
    void shouldRefuseASignatureByANonSignerAndAnyChangeToASignedProtocol() {
        ProcessInstance instance = held("IN_PERSON");
        long meetingId = meetingId(instance);
        meeting.recordSession(instance, null, RECORD);
        meeting.submit(meeting.protocolTask(meetingId, ProtocolProcess.Elements.REVIEW, null), MeetingFixture.SECRETARY, Map.of());

        assertThatThrownBy(() -> protocols.sign(meetingId, "belyaev", "belyaev")).hasMessageContaining("Вы не подписываете этот протокол.");
        assertThatThrownBy(() -> meeting.submit(meeting.protocolTask(meetingId, ProtocolProcess.Elements.SIGN, "vorontsov"), "belyaev",
                Map.of("signDecision", "sign"))).isNotNull();

        meeting.submit(meeting.protocolTask(meetingId, ProtocolProcess.Elements.SIGN, "vorontsov"), "vorontsov", Map.of("signDecision", "sign"));
        meeting.submit(meeting.protocolTask(meetingId, ProtocolProcess.Elements.SIGN, "kolesnikova"), "kolesnikova", Map.of("signDecision", "sign"));
        meeting.freezeProtocols();
        byte[] signed = protocols.stored(meetingId).orElseThrow().pdf();

        assertThatThrownBy(() -> protocols.updateNarrative(meetingId, "Другой текст", null, List.of()))
                .hasMessageContaining("подписан: изменить его нельзя");
        assertThatThrownBy(() -> protocols.draft(meetingId)).hasMessageContaining("подписан: изменить его нельзя");
        assertThatThrownBy(() -> sessions.recordSession(meetingId, null, null, RECORD, null)).hasMessageContaining("закрыто");
        assertThat(protocols.stored(meetingId).orElseThrow().pdf()).isEqualTo(signed);
        assertThat(protocols.verify(meetingId)).isTrue();
    }

    private ProcessInstance held(String format) {
        ProcessInstance instance = invited(format);
        meeting.manage(instance, MeetingProcess.ACTION_HOLD, null, null);
        meeting.recordAttendance(instance, FIVE_OF_SIX, List.of(new Guest("Крылова Е.А.", "заведующая", "Детская библиотека")), null);
        assertThat(instance).hasPassed(Elements.QUORUM).isWaitingAt(Elements.RECORD_SESSION);
        return instance;
    }

    private ProcessInstance invited(String format) {
        ProcessInstance instance = meeting.schedule(MeetingFixture.CLUSTER, MeetingFixture.SECRETARY,
                format.equals("ONLINE") ? Map.of(MeetingProcess.Vars.FORMAT, "ONLINE", MeetingProcess.Vars.LINK, "https://meet.example.org/sovet")
                        : Map.of());
        Job deadline = management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        management.executeJob(deadline.getId());
        meeting.compose(instance, List.of(item("Анализ работы кластера", "Воронцов А.Н.", 10),
                item("О мониторинге участия школ", "Колесникова И.П.", 5)));
        meeting.reviewAgenda(instance, MeetingProcess.DECISION_APPROVE, null);
        runJobs(Elements.SEND_INVITATIONS);
        return instance;
    }

    private int runJobs(String activityId) {
        List<Job> jobs = management.createJobQuery().activityId(activityId).list();
        jobs.forEach(job -> management.executeJob(job.getId()));
        return jobs.size();
    }

    private long meetingId(ProcessInstance instance) {
        return (Long) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(MeetingProcess.Vars.MEETING_ID).singleResult().getValue();
    }
}
