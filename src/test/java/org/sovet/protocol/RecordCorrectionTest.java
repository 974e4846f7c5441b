package org.sovet.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sovet.support.DatabaseRefusals.assertRefused;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.sovet.common.ClosedRecordException;
import org.sovet.common.FormJson;
import org.sovet.meeting.MeetingFixture;
import org.sovet.meeting.MeetingProcess;
import org.sovet.meeting.MeetingService;
import org.sovet.meeting.MeetingStatus;
import org.sovet.meeting.RecordCorrection;
import org.sovet.meeting.SessionItem;
import org.sovet.meeting.SessionItem.DecisionDraft;
import org.sovet.support.EngineRest;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** From the draft protocol the secretary goes back to the session record, corrects it, and the corrected record is signed. */
class RecordCorrectionTest extends SovetTest {

    private static final List<String> AS_FIRST_RECORDED = List.of("vorontsov", "kolesnikova", "zueva", "belyaev", "polyakova");
    private static final List<String> AS_IT_WAS = List.of("vorontsov", "kolesnikova", "zueva", "belyaev", "shilov");
    private static final String ITEM = "Анализ работы кластера";

    @Autowired MeetingFixture meeting;
    @Autowired MeetingService meetings;
    @Autowired ProtocolService protocols;
    @Autowired RecordCorrection correction;
    @Autowired SignedProtocolTexts texts;
    @Autowired EngineRest rest;
    @Autowired FormJson json;
    @Autowired JdbcClient jdbc;

    @Test
    void shouldSignTheCorrectedAttendeeAndVoteCountUnderTheSameNumber() throws IOException {
        ProcessInstance instance = recordedWithVotes(5, 0, 0);
        long id = meeting.meetingId(instance);
        int number = meetings.meeting(id).protocolNumber();

        goBack(id);

        assertThat(meetings.meeting(id).status()).isEqualTo(MeetingStatus.CORRECTING);
        var history = engine.getHistoryService();
        String protocolInstance = history.createHistoricProcessInstanceQuery().superProcessInstanceId(instance.getId())
                .singleResult().getId();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(protocolInstance).finished().list())
                .extracting(a -> a.getActivityId()).as("the protocol ends in the error the meeting model catches")
                .contains(ProtocolProcess.Elements.WITHDRAW, ProtocolProcess.Elements.RECORD_TO_CORRECT);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).finished().list())
                .extracting(a -> a.getActivityId()).contains(MeetingProcess.Elements.RECORD_TO_CORRECT, MeetingProcess.Elements.REOPEN_RECORD);
        var attendance = meeting.task(instance, MeetingProcess.Elements.RECORD_ATTENDANCE);
        assertThat(json.list(engine.getTaskService().getVariable(attendance.getId(), MeetingProcess.Vars.PRESENT), String.class,
                "присутствующие")).as("the form opens with the attendance as recorded").containsExactlyInAnyOrderElementsOf(AS_FIRST_RECORDED);
        meeting.recordAttendance(instance, AS_IT_WAS, List.of(), null);
        var session = meeting.task(instance, MeetingProcess.Elements.RECORD_SESSION);
        assertThat(json.list(engine.getTaskService().getVariable(session.getId(), MeetingProcess.Vars.SESSION_ITEMS), SessionItem.class,
                "ход заседания")).as("the form opens with the decisions and votes as recorded").singleElement()
                .satisfies(item -> assertThat(item.decisions()).singleElement()
                        .satisfies(d -> assertThat(List.of(d.text(), d.votesFor(), d.votesAgainst(), d.votesAbstain()))
                                .containsExactly("Принять анализ к сведению.", 5, 0, 0)));
        meeting.recordSession(instance, "Заседание открыл председатель.", record(4, 0, 1));

        assertThat(meeting.protocolTask(id, ProtocolProcess.Elements.REVIEW, null)).as("the new draft to check").isNotNull();
        assertCorrected(id, number);
        meeting.reviewAndSign(id, MeetingFixture.CHAIR, MeetingFixture.SECRETARY);
        assertThat(protocols.summary(id).orElseThrow().status()).isEqualTo("SIGNED");
        assertCorrected(id, number);
    }

    @Test
    void shouldRefuseACorrectionThatLosesTheQuorumOfAHeldMeeting() {
        ProcessInstance instance = recordedWithVotes(5, 0, 0);
        long id = meeting.meetingId(instance);
        goBack(id);

        assertThatThrownBy(() -> meeting.recordAttendance(instance, List.of("vorontsov", "kolesnikova", "zueva"), List.of(), null))
                .hasMessageContaining("С исправленной явкой кворума нет");
        assertThat(meetings.meeting(id).status()).isEqualTo(MeetingStatus.CORRECTING);
        assertThat(meeting.task(instance, MeetingProcess.Elements.RECORD_ATTENDANCE)).isNotNull();
    }

    @Test
    void shouldOfferNoWayBackDuringSignaturesAndClearTheSignaturesOfAReturnedRound() {
        ProcessInstance instance = recordedWithVotes(5, 0, 0);
        long id = meeting.meetingId(instance);
        meeting.submit(meeting.protocolTask(id, ProtocolProcess.Elements.REVIEW, null), MeetingFixture.SECRETARY, Map.of());
        meeting.submit(meeting.protocolTask(id, ProtocolProcess.Elements.SIGN, MeetingFixture.CHAIR), MeetingFixture.CHAIR,
                Map.of(ProtocolProcess.Vars.SIGN_DECISION, ProtocolProcess.SIGN));

        var secretarySigns = meeting.protocolTask(id, ProtocolProcess.Elements.SIGN, MeetingFixture.SECRETARY);
        var forged = rest.submitTaskForm(MeetingFixture.SECRETARY, secretarySigns.getId(), Map.of(
                ProtocolProcess.Vars.SIGN_DECISION, ProtocolProcess.SIGN, ProtocolProcess.Vars.REVIEW_ACTION, ProtocolProcess.CORRECT));
        assertThat(forged.getStatusCode().is4xxClientError()).as(forged.toString()).isTrue();
        assertThat(meeting.protocolTask(id, ProtocolProcess.Elements.REVIEW, null)).as("no way back while signing").isNull();
        assertThat(meetings.meeting(id).status()).isEqualTo(MeetingStatus.HELD);
        assertThat(protocols.summary(id).orElseThrow().signatures()).hasSize(1);

        meeting.submit(secretarySigns, MeetingFixture.SECRETARY, Map.of(ProtocolProcess.Vars.SIGN_DECISION, ProtocolProcess.REFUSE,
                ProtocolProcess.Vars.REVIEW_REMARKS, "Неверно записано голосование."));
        goBack(id);

        assertThat(protocols.summary(id).orElseThrow().status()).isEqualTo("DRAFT");
        assertThat(protocols.summary(id).orElseThrow().signatures()).as("the chair signed a record that is changing").isEmpty();
        meeting.recordAttendance(instance, AS_FIRST_RECORDED, List.of(), null);
        meeting.recordSession(instance, "Заседание открыл председатель.", record(4, 0, 1));
        meeting.submit(meeting.protocolTask(id, ProtocolProcess.Elements.REVIEW, null), MeetingFixture.SECRETARY, Map.of());
        assertThat(meeting.protocolTask(id, ProtocolProcess.Elements.SIGN, MeetingFixture.CHAIR)).as("the chair signs again").isNotNull();
    }

    @Test
    void shouldRefuseGoingBackOnceTheProtocolIsSigned() {
        ProcessInstance instance = recordedWithVotes(5, 0, 0);
        long id = meeting.meetingId(instance);
        meeting.reviewAndSign(id, MeetingFixture.CHAIR, MeetingFixture.SECRETARY);

        assertThatThrownBy(() -> correction.checkCorrectable(id)).isInstanceOf(ClosedRecordException.class)
                .hasMessageContaining("протокол подписан");
        assertThatThrownBy(() -> protocols.withdraw(id)).isInstanceOf(ClosedRecordException.class)
                .hasMessageContaining("подписан: изменить его нельзя");
        assertRefused(jdbc, "Заседание закрыто (протокол подписан или заседание отменено) и не может быть изменено.",
                "update meeting set status = 'CORRECTING' where id = " + id);
        assertRefused(jdbc, "Протокол подписан и не может быть изменён.",
                "update protocol set status = 'DRAFT' where meeting_id = " + id,
                "delete from protocol_signature where meeting_id = " + id);
        assertThat(protocols.verify(id)).isTrue();
    }

    @Test
    void shouldRefuseAMemberWhoForgesTheChoiceToGoBack() {
        ProcessInstance instance = recordedWithVotes(5, 0, 0);
        long id = meeting.meetingId(instance);
        var review = meeting.protocolTask(id, ProtocolProcess.Elements.REVIEW, null);

        var forged = rest.submitTaskForm("belyaev", review.getId(), Map.of(ProtocolProcess.Vars.REVIEW_ACTION, ProtocolProcess.CORRECT));

        assertThat(forged.getStatusCode().is4xxClientError()).as(forged.toString()).isTrue();
        assertThat(meeting.protocolTask(id, ProtocolProcess.Elements.REVIEW, null)).isNotNull();
        assertThat(meetings.meeting(id).status()).isEqualTo(MeetingStatus.HELD);
        engine.getTaskService().setAssignee(review.getId(), "belyaev");
        var handed = meeting.protocolTask(id, ProtocolProcess.Elements.REVIEW, null);
        assertThatThrownBy(() -> meeting.submit(handed, "belyaev", Map.of(ProtocolProcess.Vars.REVIEW_ACTION, ProtocolProcess.CORRECT)))
                .as("even with the task handed to him").hasMessageContaining("Вернуться к записи заседания может только секретарь Совета");
        assertThat(meetings.meeting(id).status()).isEqualTo(MeetingStatus.HELD);

        engine.getTaskService().setAssignee(review.getId(), MeetingFixture.SECRETARY);
        var secretary = rest.submitTaskForm(MeetingFixture.SECRETARY, review.getId(),
                Map.of(ProtocolProcess.Vars.REVIEW_ACTION, ProtocolProcess.CORRECT));
        assertThat(secretary.getStatusCode().value()).as("the form declares the choice: " + secretary).isEqualTo(204);
        assertThat(meetings.meeting(id).status()).isEqualTo(MeetingStatus.CORRECTING);
    }

    @Test
    void shouldKeepTheBallotsOfAWrittenMeetingOutOfReach() {
        var instance = meeting.writtenVoteOnThePlan();
        for (var ballot : meeting.tasks(instance, MeetingProcess.Elements.CAST_BALLOT)) {
            meeting.submit(ballot, ballot.getAssignee(), Map.of(MeetingProcess.Vars.BALLOT,
                    org.camunda.spin.plugin.variable.SpinValues.jsonValue(MeetingFixture.FOR_THE_PLAN).create()));
        }
        meeting.runJobs(MeetingProcess.Elements.CAST_BALLOT);
        meeting.assembleProtocols();
        long id = meeting.meetingId(instance);
        var review = meeting.protocolTask(id, ProtocolProcess.Elements.REVIEW, null);
        assertThat(engine.getTaskService().getVariable(review.getId(), ProtocolProcess.Vars.CORRECTABLE)).as("not offered").isEqualTo(false);

        assertThatThrownBy(() -> meeting.submit(review, "ustinov", Map.of(ProtocolProcess.Vars.REVIEW_ACTION, ProtocolProcess.CORRECT)))
                .hasMessageContaining("заочное: голоса — это бюллетени членов Совета");
        assertThat(meetings.meeting(id).status()).isEqualTo(MeetingStatus.HELD);
    }

    @Test
    void shouldHandTheDraftDocxAsAReadOnlyCopy() throws IOException {
        long id = meeting.meetingId(recordedWithVotes(5, 0, 0));

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(protocols.stored(id).orElseThrow().docx()))) {
            assertThat(docx.isEnforcedReadonlyProtection()).isTrue();
        }
    }

    private ProcessInstance recordedWithVotes(int votesFor, int against, int abstained) {
        ProcessInstance instance = meeting.held("IN_PERSON", List.of(MeetingFixture.item(ITEM, "Воронцов А.Н.", 10)), AS_FIRST_RECORDED);
        meeting.recordSession(instance, "Заседание открыл председатель.", record(votesFor, against, abstained));
        return instance;
    }

    private static List<SessionItem> record(int votesFor, int against, int abstained) {
        return List.of(new SessionItem(ITEM, "Воронцов А.Н.", "Воронцов А.Н. проанализировал работу кластера.", null,
                List.of(new DecisionDraft("Принять анализ к сведению.", "SIMPLE", votesFor, against, abstained, null, null, null))));
    }

    private void goBack(long meetingId) {
        meeting.submit(meeting.protocolTask(meetingId, ProtocolProcess.Elements.REVIEW, null), MeetingFixture.SECRETARY,
                Map.of(ProtocolProcess.Vars.REVIEW_ACTION, ProtocolProcess.CORRECT));
    }

    private void assertCorrected(long meetingId, int number) {
        assertThat(meetings.meeting(meetingId).protocolNumber()).isEqualTo(number);
        for (String text : texts.of(meetingId)) {
            assertThat(text).contains("Протокол № " + number, "Шилов", "за — 4, против — нет, воздержались — 1")
                    .doesNotContain("Полякова", "за — 5");
        }
    }
}
