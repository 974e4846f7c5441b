package org.sovet.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.sovet.meeting.MeetingFixture.item;
import static org.sovet.meeting.MeetingProcess.Elements;
import static org.sovet.meeting.MeetingProcess.Vars;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.sovet.common.RussianDates;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** A meeting held on paper is entered afterwards: no proposals, no invitations, the protocol as usual, and it says so. */
class EnteredAfterwardsTest extends SovetTest {

    private static final String NOTE = "внесено после проведения: Колесникова И.П., "
            + RussianDates.longDate(LocalDate.now(ZoneId.of("Europe/Kirov")));

    @Autowired MeetingFixture meeting;
    @Autowired MeetingService meetings;
    @Autowired TestRestTemplate http;

    @Test
    void shouldEnterAMeetingHeldOnPaperAndRecordItsProtocolWithoutProposalsOrInvitations() {
        ProcessInstance entered = meeting.enteredAfterwards(Map.of(Vars.PROTOCOL_NUMBER_FORM, 4));

        assertThat(entered).isWaitingAt(Elements.ENTER_HELD);
        assertThat(meeting.task(entered, Elements.ENTER_HELD)).isAssignedTo(MeetingFixture.SECRETARY);
        assertThat(meeting.tasks(entered, Elements.PROPOSE)).isEmpty();

        meeting.enterHeldAgenda(entered, List.of(item("Об итогах мониторинга", "Колесникова И.П.", 10)));
        meeting.recordAttendance(entered, List.of("vorontsov", "kolesnikova", "belyaev", "polyakova"), List.of(), null);
        long meetingId = meeting.signed(entered, List.of(new SessionItem(null, null, "Колесникову И.П.", null,
                List.of(new SessionItem.DecisionDraft("Информацию принять к сведению.", "SIMPLE", 4, 0, 0, null, null, null)))));

        Meeting signed = meetings.meeting(meetingId);
        assertThat(signed.status()).isEqualTo(MeetingStatus.SIGNED);
        assertThat(signed.protocolNumber()).isEqualTo(4);
        assertThat(signed.entered().by()).isEqualTo(MeetingFixture.SECRETARY);
        assertThat(meeting.runJobs(Elements.SEND_INVITATIONS)).as("no invitations for a meeting already held").isZero();
        assertThat(MAIL.getReceivedMessages()).noneMatch(m -> subject(m).contains("Приглашение") || subject(m).contains("Предложить"));
    }

    @Test
    void shouldShowInTheArchiveAndTheAuditTrailWhoEnteredItAfterwards() {
        ProcessInstance entered = meeting.enteredAfterwards(Map.of());
        long meetingId = meeting.meetingId(entered);

        assertThat(http.withBasicAuth("petrova", "demo").getForObject("/portal/podosinovets", String.class)).contains(NOTE);
        assertThat(http.withBasicAuth("petrova", "demo").getForObject("/audit/meetings/" + meetingId, String.class)).contains(NOTE);
    }

    @Test
    void shouldAllowAPastDateOnlyForAMeetingHeldInPersonOrOnline() {
        assertThatThrownBy(() -> meeting.enteredAfterwards(Map.of(Vars.DATE, MeetingFixture.inTwoWeeks().toString())))
                .hasMessageContaining("Проведённое заседание вносится с прошедшей датой и временем");
        assertThatThrownBy(() -> meeting.enteredAfterwards(Map.of(Vars.FORMAT, "IN_WRITING")))
                .hasMessageContaining("Внести проведённым можно очное или онлайн-заседание");
        assertThatThrownBy(() -> meeting.schedule(MeetingFixture.CLUSTER, MeetingFixture.SECRETARY,
                Map.of(Vars.DATE, LocalDate.now(ZoneId.of("Europe/Kirov")).minusDays(10).toString())))
                .hasMessageContaining("Заседание можно назначить не раньше завтрашнего дня.");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
