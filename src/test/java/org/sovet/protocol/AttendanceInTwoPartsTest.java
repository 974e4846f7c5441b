package org.sovet.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.sovet.directory.Directory;
import org.sovet.meeting.MeetingFixture;
import org.sovet.meeting.MeetingProcess;
import org.sovet.meeting.MeetingProcess.Elements;
import org.sovet.meeting.MeetingProcess.Vars;
import org.sovet.meeting.SessionItem;
import org.sovet.meeting.SessionItem.DecisionDraft;
import org.sovet.meeting.SessionService;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Attendance has two parts, the council members present (by name or by number) and the wider audience: either may be
 * all the protocol shows, the quorum stands only on the members, and votes are checked against who could vote.
 */
class AttendanceInTwoPartsTest extends SovetTest {

    private static final String AUDIENCE = "15 педагогов из 11 образовательных организаций";
    private static final String ITEM = "Об итогах мониторинга";

    @Autowired MeetingFixture meeting;
    @Autowired SignedProtocolTexts texts;
    @Autowired SessionService sessions;
    @Autowired Directory directory;

    @Test
    void shouldStateTheQuorumByTheMembersCountWhenTheCouncilListsNoNames() {
        ProcessInstance instance = heldMeeting();
        meeting.recordAttendance(instance, Map.of(Vars.MEMBERS_COUNT, 5));
        assertThat(instance).hasPassed(Elements.QUORUM).isWaitingAt(Elements.RECORD_SESSION);

        assertThatThrownBy(() -> meeting.recordSession(instance, null, decided(4, 1, 1)))
                .hasMessageContaining("за, против и воздержались вместе — 6, а голосовать могли 5");
        long meetingId = meeting.signed(instance, decided(4, 1, 0));

        for (String text : texts.of(meetingId)) {
            assertThat(text).containsSubsequence("Присутствовали: члены Координационного Совета — 5 человек",
                            "Кворум имеется: присутствуют 5 из " + councilSize() + " членов Совета (правило «Есть ли кворум»",
                            "за — 4, против — 1, воздержались — нет. Решение принято. Принято простым большинством")
                    .doesNotContain("Присутствовали: 1.", "член Координационного Совета", "null");
        }
    }

    @Test
    void shouldRecordTheAudiencesVotesWithoutClaimingAQuorumOrAnAdoption() {
        ProcessInstance instance = heldMeeting();
        meeting.recordAttendance(instance, Map.of(Vars.ATTENDANCE_NOTE, AUDIENCE, Vars.AUDIENCE_VOTERS, 15));
        assertThat(instance).hasPassed(Elements.MEMBERS_RECORDED).hasNotPassed(Elements.QUORUM).isWaitingAt(Elements.RECORD_SESSION);

        assertThatThrownBy(() -> meeting.recordSession(instance, null, decided(20, 0, 0)))
                .hasMessageContaining("за, против и воздержались вместе — 20, а голосовать могли 15");
        assertThat(instance).isWaitingAt(Elements.RECORD_SESSION);
        long meetingId = meeting.signed(instance, List.of(new SessionItem(ITEM, "Колесникова И.П.", null, null, List.of(
                new DecisionDraft("Принять информацию к сведению.", "SIMPLE", 14, 0, 1, null, null, null),
                new DecisionDraft("Одобрить форму отчёта.", "SIMPLE", null, null, null, null, null, true)))));

        assertThat(sessions.quorum(meetingId)).as("no quorum was established, none is recorded").isEmpty();
        for (String text : texts.of(meetingId)) {
            assertThat(text).containsSubsequence("Присутствовали: " + AUDIENCE, "Повестка заседания",
                            "Принять информацию к сведению. Результат голосования: за — 14, против — нет, воздержались — 1.",
                            "Одобрить форму отчёта. Результат голосования: за — 15, против — нет, воздержались — нет.")
                    .doesNotContain("Кворум", "правило", "Решение принято", "Решение не принято", "членов Совета", "null");
        }
    }

    @Test
    void shouldPrintTheMembersByNameAndTheAudienceAndCheckTheVotesAgainstThoseWhoVoted() {
        ProcessInstance instance = heldMeeting();
        meeting.recordAttendance(instance, Map.of(Vars.PRESENT, List.of("vorontsov", "kolesnikova", "zueva", "belyaev", "polyakova"),
                Vars.ATTENDANCE_NOTE, AUDIENCE, Vars.AUDIENCE_VOTERS, 15));

        long meetingId = meeting.signed(instance, decided(12, 2, 1));

        for (String text : texts.of(meetingId)) {
            assertThat(text).containsSubsequence("Присутствовали: 1. Воронцов А.Н.", "5. ", AUDIENCE,
                    "Кворум имеется: присутствуют 5 из " + councilSize() + " членов Совета",
                    "за — 12, против — 2, воздержались — 1. Решение принято. Принято простым большинством");
        }
    }

    @Test
    void shouldRefuseAnAttendanceThatRecordsNobodyOrTheMembersTwice() {
        ProcessInstance instance = heldMeeting();

        assertThatThrownBy(() -> meeting.recordAttendance(instance, Map.of()))
                .hasMessageContaining("Отметьте присутствующих членов Совета, укажите их число или напишите, кто присутствовал");
        assertThatThrownBy(() -> meeting.recordAttendance(instance, Map.of(Vars.PRESENT, List.of("vorontsov", "zueva"),
                Vars.MEMBERS_COUNT, 2))).hasMessageContaining("поимённо или укажите их число, но не то и другое");
        assertThatThrownBy(() -> meeting.recordAttendance(instance, Map.of(Vars.MEMBERS_COUNT, councilSize() + 1)))
                .hasMessageContaining("укажите число от 1 до " + councilSize());
        assertThatThrownBy(() -> meeting.recordAttendance(instance, Map.of(Vars.MEMBERS_COUNT, 4, Vars.AUDIENCE_VOTERS, 15)))
                .hasMessageContaining("Напишите, кто присутствовал");
        assertThat(instance).isWaitingAt(Elements.RECORD_ATTENDANCE);
    }

    @Test
    void shouldNotLetTheAudienceAloneHoldAMeetingThatMissedItsQuorum() {
        ProcessInstance instance = heldMeeting();
        meeting.recordAttendance(instance, Map.of(Vars.PRESENT, List.of("vorontsov", "kolesnikova")));
        assertThat(instance).isWaitingAt(Elements.MANAGE);
        meeting.manage(instance, MeetingProcess.ACTION_HOLD, null, null);

        assertThatThrownBy(() -> meeting.recordAttendance(instance, Map.of(Vars.ATTENDANCE_NOTE, AUDIENCE, Vars.AUDIENCE_VOTERS, 15)))
                .hasMessageContaining("Кворума не было: отметьте присутствующих членов Совета поимённо или укажите их число");
        meeting.recordAttendance(instance, Map.of(Vars.MEMBERS_COUNT, 4, Vars.ATTENDANCE_NOTE, AUDIENCE));
        assertThat(instance).isWaitingAt(Elements.RECORD_SESSION);
    }

    @Test
    void shouldTakeOnlyUncountedDecisionsWhenNobodysNumberWasRecorded() {
        ProcessInstance instance = heldMeeting();
        meeting.recordAttendance(instance, Map.of(Vars.ATTENDANCE_NOTE, AUDIENCE));

        assertThatThrownBy(() -> meeting.recordSession(instance, null, decided(10, 0, 0)))
                .hasMessageContaining("при явке не указано, сколько присутствующих могли голосовать");
        long meetingId = meeting.signed(instance, List.of(new SessionItem(ITEM, "Колесникова И.П.", null, null,
                List.of(new DecisionDraft("Принять информацию к сведению.", "SIMPLE", null, null, null, null, null, null)))));

        for (String text : texts.of(meetingId)) {
            assertThat(text).contains("Присутствовали: " + AUDIENCE, "Принять информацию к сведению.")
                    .doesNotContain("Результат голосования", "Кворум");
        }
    }

    private ProcessInstance heldMeeting() {
        ProcessInstance instance = meeting.invited("IN_PERSON", List.of(MeetingFixture.item(ITEM, "Колесникова И.П.", 10)));
        meeting.manage(instance, MeetingProcess.ACTION_HOLD, null, null);
        return instance;
    }

    private static List<SessionItem> decided(int votesFor, int against, int abstained) {
        return List.of(new SessionItem(ITEM, "Колесникова И.П.", null, null,
                List.of(new DecisionDraft("Принять информацию к сведению.", "SIMPLE", votesFor, against, abstained, null, null, null))));
    }

    private int councilSize() {
        return directory.councilMembers(MeetingFixture.CLUSTER).size();
    }
}
