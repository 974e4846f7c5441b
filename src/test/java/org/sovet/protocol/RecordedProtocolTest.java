package org.sovet.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.sovet.common.RussianDates;
import org.sovet.directory.Directory;
import org.sovet.meeting.AgendaEntry;
import org.sovet.meeting.Guest;
import org.sovet.meeting.MeetingFixture;
import org.sovet.meeting.MeetingProcess;
import org.sovet.meeting.SessionItem;
import org.sovet.meeting.SessionItem.DecisionDraft;
import org.camunda.spin.plugin.variable.SpinValues;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The signed protocol prints what the secretary recorded, as the councils write it, and nothing more. */
class RecordedProtocolTest extends SovetTest {

    private static final List<String> FIVE_OF_SIX = List.of("vorontsov", "kolesnikova", "zueva", "belyaev", "polyakova");

    @Autowired MeetingFixture meeting;
    @Autowired ProtocolService protocols;
    @Autowired SignedProtocolTexts texts;
    @Autowired Directory directory;
    @Autowired JdbcTemplate jdbc;

    @Test
    void shouldPrintNothingThatWasNotRecordedAndUnanimityAndTheDateAsTheCouncilsWriteThem() throws IOException {
        var held = meeting.held("ONLINE", List.of(
                new AgendaEntry("Анализ работы кластера", null, "Воронцов А.Н.", null, null, null, null),
                new AgendaEntry("Разное", null, null, null, null, null, null)), FIVE_OF_SIX);

        long meetingId = meeting.signed(held, List.of(
                new SessionItem("Анализ работы кластера", "Воронцов А.Н.", null, null,
                        List.of(new DecisionDraft("Утвердить план работы.", "SIMPLE", null, null, null, null, null, true))),
                new SessionItem("Разное", null, null, null,
                        List.of(new DecisionDraft("Принять информацию к сведению.", "SIMPLE", null, null, null, null, null, null)))));

        for (String text : texts.of(meetingId)) {
            assertThat(text).contains("1. Слушали: Анализ работы кластера (докладчик: Воронцов А.Н.)", "2. Слушали: Разное",
                    "Утвердить план работы. Результат голосования: за — 5, против — нет, воздержались — нет. Решение принято.",
                    "Принять информацию к сведению.")
                    .doesNotContain("Регламент", "мин", "Место проведения", "не указано", "(докладчик: )", "null");
            assertThat(text.split("Результат голосования", -1)).as("one vote line: the other decision has none").hasSize(2);
            assertThat(text).as("the heading date in full, no calendar year line above it")
                    .contains("от " + RussianDates.longDate(MeetingFixture.inTwoWeeks()) + " г.")
                    .doesNotContain(MeetingFixture.inTwoWeeks().getYear() + " год");
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(protocols.stored(meetingId).orElseThrow().docx()))) {
            assertThat(docx.getTables().get(0).getRow(0).getTableCells()).extracting(cell -> cell.getText())
                    .containsExactly("№", "Вопрос", "Докладчик");
        }
    }

    @Test
    void shouldPrintSpeakersGuestsOwnersAndTheCouncilsNameAsRecorded() throws IOException {
        var instance = meeting.invited("IN_PERSON", List.of(new AgendaEntry("Об итогах мониторинга", null, "Колесникова И.П.",
                "заместитель директора", "КОГОБУ СШ пгт Подосиновец", 10, null)));
        meeting.manage(instance, MeetingProcess.ACTION_HOLD, null, null);
        meeting.recordAttendance(instance, FIVE_OF_SIX, List.of(new Guest("Крылова Е.А.", "заведующая", "Детская библиотека")), null);

        long meetingId = meeting.signed(instance, List.of(new SessionItem("Об итогах мониторинга", "Колесникова И.П.", null, null,
                List.of(new DecisionDraft("Составить график посещений.", "SIMPLE", 5, 0, 0, "опорная школа.", "апрель 2027 года",
                        null)))));

        for (String text : texts.of(meetingId)) {
            assertThat(text).contains("заседания Координационного Совета образовательного кластера Подосиновского района",
                    "заместитель директора КОГОБУ СШ пгт Подосиновец Колесникова И.П.",
                    "1. Слушали: Об итогах мониторинга (докладчик: заместитель директора КОГОБУ СШ пгт Подосиновец Колесникова И.П.)",
                    "Приглашённые: 1. Крылова Е.А. – заведующая, Детская библиотека ",
                    "Составить график посещений. Ответственный: опорная школа. Срок: апрель 2027 года.")
                    .doesNotContain("приглашённый", "..");
        }
        assertThat(directory.cluster("vpolyany").councilTitle())
                .isEqualTo("Координационного Совета образовательного кластера при Вятском многопрофильном лицее");
    }

    @Test
    void shouldListTheDecisionsAsOneWhenTheSecretaryChoosesItForThisProtocol() throws IOException {
        var held = meeting.held("IN_PERSON", List.of(MeetingFixture.item("Анализ работы кластера", "Воронцов А.Н.", 10),
                MeetingFixture.item("О мониторинге участия школ", "Колесникова И.П.", 5)), FIVE_OF_SIX);
        meeting.recordSession(held, null, List.of(
                new SessionItem("Анализ работы кластера", "Воронцов А.Н.", null, null,
                        List.of(new DecisionDraft("Утвердить план работы.", "SIMPLE", null, null, null, null, null, true))),
                new SessionItem("О мониторинге участия школ", "Колесникова И.П.", null, null,
                        List.of(new DecisionDraft("Утвердить форму отчёта.", "SIMPLE", null, null, null, null, null, null)))));
        long meetingId = meeting.meetingId(held);
        var review = meeting.protocolTask(meetingId, ProtocolProcess.Elements.REVIEW, null);
        assertThat(engine.getTaskService().getVariable(review.getId(), ProtocolProcess.Vars.DECISIONS_LAYOUT))
                .as("the council's habit").isEqualTo("PER_ITEM");

        assertThatThrownBy(() -> meeting.submit(review, MeetingFixture.SECRETARY, Map.of(ProtocolProcess.Vars.DECISIONS_LAYOUT, "TABLE")))
                .hasMessageContaining("Неизвестный порядок решений в протоколе");
        meeting.submit(review, MeetingFixture.SECRETARY, Map.of(ProtocolProcess.Vars.DECISIONS_LAYOUT, "LIST"));
        for (String signer : List.of(MeetingFixture.CHAIR, MeetingFixture.SECRETARY)) {
            meeting.submit(meeting.protocolTask(meetingId, ProtocolProcess.Elements.SIGN, signer), signer,
                    Map.of(ProtocolProcess.Vars.SIGN_DECISION, ProtocolProcess.SIGN));
        }

        for (String text : texts.of(meetingId)) {
            assertThat(text).containsSubsequence("2. Слушали: О мониторинге участия школ",
                            "Решение Координационного Совета: 1. Утвердить план работы.",
                            "Результат голосования: за — 5, против — нет, воздержались — нет. Решение принято.",
                            "2. Утвердить форму отчёта.", "Председатель подвёл итоги заседания.")
                    .doesNotContain("Решили", "1.1.");
        }
    }

    @Test
    void shouldPrintOneVoteAfterAllDecisionsWhenTheCouncilVotedOnThemTogether() throws IOException {
        var held = meeting.held("IN_PERSON", List.of(MeetingFixture.item("Анализ работы кластера", "Воронцов А.Н.", 10),
                MeetingFixture.item("О мониторинге участия школ", "Колесникова И.П.", 5)), FIVE_OF_SIX);
        Map<String, Object> together = Map.of(MeetingProcess.Vars.VOTE_TOGETHER, true, MeetingProcess.Vars.TOGETHER_FOR, 4,
                MeetingProcess.Vars.TOGETHER_AGAINST, 1);
        List<SessionItem> ownVoteToo = List.of(
                new SessionItem("Анализ работы кластера", null, null, null,
                        List.of(new DecisionDraft("Утвердить план работы.", "SIMPLE", null, null, null, null, null, null))),
                new SessionItem("О мониторинге участия школ", null, null, null,
                        List.of(new DecisionDraft("Утвердить форму отчёта.", "SIMPLE", null, null, null, null, null, true))));

        assertThatThrownBy(() -> meeting.recordSession(held, null, ownVoteToo, together))
                .hasMessageContaining("Вопрос 2, решение 1: голосовали за все решения сразу");
        List<SessionItem> noOwnVotes = List.of(ownVoteToo.get(0), new SessionItem("О мониторинге участия школ", null, null, null,
                List.of(new DecisionDraft("Утвердить форму отчёта.", "SIMPLE", null, null, null, null, null, null))));
        assertThatThrownBy(() -> meeting.recordSession(held, null, noOwnVotes,
                Map.of(MeetingProcess.Vars.VOTE_TOGETHER, true, MeetingProcess.Vars.TOGETHER_FOR, 9)))
                .hasMessageContaining("Общее голосование: за, против и воздержались вместе — 9, а голосовать могли 5");
        meeting.recordSession(held, null, noOwnVotes, together);
        long meetingId = meeting.meetingId(held);
        meeting.reviewAndSign(meetingId, MeetingFixture.CHAIR, MeetingFixture.SECRETARY);

        for (String text : texts.of(meetingId)) {
            assertThat(text).containsSubsequence("1.1. Утвердить план работы.", "2.1. Утвердить форму отчёта.",
                            "Результат голосования: за — 4, против — 1, воздержались — нет.",
                            "Решения приняты простым большинством (правило «")
                    .doesNotContain("Решение принято.");
            assertThat(text.split("Результат голосования", -1)).as("one vote line for both decisions").hasSize(2);
        }
    }

    @Test
    void shouldHaveAWrittenMeetingSignedByWhomTheCouncilSays() throws IOException {
        jdbc.update("update council_setting set written_signers = 'CURATOR_SECRETARY' where cluster_id = 'vpolyany'");
        try {
            var instance = meeting.writtenVoteOnThePlan();
            for (var ballot : meeting.tasks(instance, MeetingProcess.Elements.CAST_BALLOT)) {
                meeting.submit(ballot, ballot.getAssignee(),
                        Map.of(MeetingProcess.Vars.BALLOT, SpinValues.jsonValue(MeetingFixture.FOR_THE_PLAN).create()));
            }
            meeting.runJobs(MeetingProcess.Elements.CAST_BALLOT);
            meeting.assembleProtocols();
            long meetingId = meeting.meetingId(instance);
            meeting.submit(meeting.protocolTask(meetingId, ProtocolProcess.Elements.REVIEW, null), "ustinov", Map.of());
            assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(ProtocolProcess.Elements.SIGN)
                    .processVariableValueEquals(MeetingProcess.Vars.MEETING_ID, meetingId).list())
                    .extracting(task -> task.getAssignee()).containsExactlyInAnyOrder("ryabinin", "ustinov");
            for (String signer : List.of("ryabinin", "ustinov")) {
                meeting.submit(meeting.protocolTask(meetingId, ProtocolProcess.Elements.SIGN, signer), signer,
                        Map.of(ProtocolProcess.Vars.SIGN_DECISION, ProtocolProcess.SIGN));
            }

            for (String text : texts.of(meetingId)) {
                assertThat(text).contains("заочного заседания").containsSubsequence("Куратор Координационного Совета",
                        "П.В. Рябинин", "Координатор-ответственный секретарь", "А.В. Устинов");
            }
        } finally {
            jdbc.update("update council_setting set written_signers = 'SECRETARY' where cluster_id = 'vpolyany'");
        }
    }

    @Test
    void shouldReadAWrittenMeetingAsOneWithThoseWhoVotedAndNoPlace() throws IOException {
        var instance = meeting.writtenVoteOnThePlan();
        var ballots = meeting.tasks(instance, MeetingProcess.Elements.CAST_BALLOT);
        long meetingId = meeting.votedAndSigned(instance, "ustinov", MeetingFixture.FOR_THE_PLAN);

        for (String text : texts.of(meetingId)) {
            assertThat(text).contains("заочного заседания Координационного Совета образовательного кластера при Вятском "
                            + "многопрофильном лицее", "Формат проведения: заочное", "Голосовали: 1.",
                            "за — " + ballots.size() + ", против — нет, воздержались — нет")
                    .doesNotContain("Присутствовали", "Место проведения", "Ход заседания");
        }
    }
}
