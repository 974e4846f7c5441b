package org.sovet.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sovet.meeting.MeetingFixture.item;
import static org.sovet.meeting.MeetingProcess.Vars;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Protocol numbers as councils keep them: continued from their own numbering, never given twice. */
class ProtocolNumberingTest extends SovetTest {

    private static final String YEAR = String.valueOf(MeetingFixture.inTwoWeeks().getYear());

    @Autowired MeetingFixture meeting;
    @Autowired MeetingService meetings;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void councilGivesNoNumbersBack() {
        freeNumbersOfCancelledMeetings(false);
    }

    @Test
    void shouldContinueTheCouncilsOwnNumberingFromTheNumberTheSecretarySets() {
        ProcessInstance fourth = meeting.schedule(MeetingFixture.CLUSTER, MeetingFixture.SECRETARY, Map.of(Vars.PROTOCOL_NUMBER_FORM, 4));
        ProcessInstance fifth = meeting.schedule();

        assertThat(number(fourth)).isEqualTo(4);
        assertThat(number(fifth)).isEqualTo(5);
    }

    @Test
    void shouldRefuseANumberAtOrBelowOneAlreadyGiven() {
        meeting.schedule(MeetingFixture.CLUSTER, MeetingFixture.SECRETARY, Map.of(Vars.PROTOCOL_NUMBER_FORM, 4));

        for (int taken : List.of(4, 2)) {
            assertThatThrownBy(() -> meeting.schedule(MeetingFixture.CLUSTER, MeetingFixture.SECRETARY, Map.of(Vars.PROTOCOL_NUMBER_FORM, taken)))
                    .hasMessageContaining("Номер протокола " + taken + " присвоить нельзя: в " + YEAR + " году уже выдан № 4."
                            + " Укажите номер больше 4 или оставьте поле пустым.");
        }
        assertThatThrownBy(() -> meeting.schedule(MeetingFixture.CLUSTER, MeetingFixture.SECRETARY, Map.of(Vars.PROTOCOL_NUMBER_FORM, 0)))
                .hasMessageContaining("Номер протокола — целое число от 1 до 999.");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MeetingProcess.KEY).count()).isEqualTo(1);
    }

    @Test
    void shouldKeepACancelledMeetingsNumberTakenByDefault() {
        meeting.manage(meeting.invited("IN_PERSON", List.of(item("О плане", "Воронцов А.Н.", 10))), MeetingProcess.ACTION_CANCEL, null, null);

        assertThat(number(meeting.schedule())).isEqualTo(2);
    }

    @Test
    void shouldGiveACancelledMeetingsNumberToTheNextMeetingWhenTheCouncilSaysSo() {
        freeNumbersOfCancelledMeetings(true);
        ProcessInstance cancelled = meeting.invited("IN_PERSON", List.of(item("О плане", "Воронцов А.Н.", 10)));
        meeting.manage(cancelled, MeetingProcess.ACTION_CANCEL, null, null);

        ProcessInstance next = meeting.schedule();

        assertThat(number(next)).isEqualTo(1);
        assertThat(meetings.meeting(meeting.meetingId(cancelled)).status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(number(meeting.schedule())).as("the sequence goes on from the number given again").isEqualTo(2);
    }

    @Test
    void shouldKeepTheNumberTakenWhenALaterOneWasAlreadyGiven() {
        freeNumbersOfCancelledMeetings(true);
        ProcessInstance cancelled = meeting.invited("IN_PERSON", List.of(item("О плане", "Воронцов А.Н.", 10)));
        meeting.schedule();
        meeting.manage(cancelled, MeetingProcess.ACTION_CANCEL, null, null);

        assertThat(number(meeting.schedule())).isEqualTo(3);
    }

    private int number(ProcessInstance instance) {
        return meetings.meeting(meeting.meetingId(instance)).protocolNumber();
    }

    private void freeNumbersOfCancelledMeetings(boolean free) {
        jdbc.update("update council_setting set cancelled_free_numbers = ? where cluster_id = ?", free, MeetingFixture.CLUSTER);
    }
}
