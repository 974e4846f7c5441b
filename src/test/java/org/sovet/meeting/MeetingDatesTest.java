package org.sovet.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.sovet.meeting.MeetingFixture.item;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.sovet.common.RussianDates;
import org.sovet.protocol.ProtocolService;
import org.sovet.support.SovetTest;
import org.sovet.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/** Dates as in real life: nothing is held, recorded, voted or signed before the meeting's own date and time. */
class MeetingDatesTest extends SovetTest {

    private static final List<AgendaEntry> AGENDA = List.of(item("Об итогах полугодия", "Воронцов А.Н.", 15));

    @Autowired MeetingFixture meeting;
    @Autowired SessionService sessions;
    @Autowired WrittenVoteService written;
    @Autowired ProtocolService protocols;
    @Autowired TestClock clock;

    @Test
    void shouldRefuseToHoldAMeetingBeforeItsStartAndAcceptItOnceBegun() {
        ProcessInstance instance = meeting.invited("IN_PERSON", AGENDA);
        String starts = "Заседание начнётся " + RussianDates.longDate(MeetingFixture.inTwoWeeks()) + " в 14:00";

        assertThatThrownBy(() -> meeting.submit(meeting.task(instance, MeetingProcess.Elements.MANAGE), MeetingFixture.SECRETARY,
                Map.of(MeetingProcess.Vars.MANAGE_ACTION, MeetingProcess.ACTION_HOLD)))
                .hasMessageContaining(starts + ": отметить его проведённым можно не раньше.");
        assertThat(instance).isWaitingAt(MeetingProcess.Elements.MANAGE);

        clock.advance(Duration.ofDays(13));
        meeting.manage(instance, MeetingProcess.ACTION_HOLD, null, null);
        assertThat(instance).isWaitingAt(MeetingProcess.Elements.RECORD_ATTENDANCE);
    }

    @Test
    void shouldRefuseAttendanceBallotsAndSignaturesBeforeTheMeetingBegins() {
        long meetingId = meeting.meetingId(meeting.invited("IN_PERSON", AGENDA));

        assertThatThrownBy(() -> sessions.recordAttendance(meetingId, new Attendance(List.of("belyaev"), null, null, null), List.of()))
                .hasMessageContaining("отмечать присутствующих можно не раньше.");
        assertThatThrownBy(() -> written.cast(meetingId, "belyaev", "belyaev", List.of()))
                .hasMessageContaining("принимать бюллетени можно не раньше.");
        assertThatThrownBy(() -> protocols.sign(meetingId, MeetingFixture.CHAIR, MeetingFixture.CHAIR))
                .hasMessageContaining("подписывать протокол можно не раньше.");
    }
}
