package org.sovet.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.sovet.support.EngineRest;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * A written meeting scheduled through the engine's REST API, as any client could: its voting deadline
 * is required whatever the form showed, its start time and duration are not.
 */
class WrittenMeetingRestTest extends SovetTest {

    private static final ZoneId KIROV = ZoneId.of("Europe/Kirov");

    @Autowired EngineRest rest;
    @Autowired MeetingService meetings;
    @Autowired RuntimeService runtime;

    @Test
    void shouldRefuseAWrittenMeetingWithoutItsVotingDeadlineAndCreateNothing() {
        ResponseEntity<String> response = rest.startForm(MeetingFixture.SECRETARY, MeetingProcess.KEY, MeetingFixture.CLUSTER,
                written(Map.of()));

        assertThat(response.getStatusCode().is4xxClientError()).as(response.getBody()).isTrue();
        assertThat(rest.read(response).get("message").asText())
                .contains("Для заочного голосования укажите срок, до которого члены Совета голосуют.");
        assertThat(meetings.ofCluster(MeetingFixture.CLUSTER)).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(MeetingProcess.KEY).count()).isZero();
    }

    @Test
    void shouldScheduleAWrittenMeetingWithoutStartTimeOrDurationOnItsDay() {
        ResponseEntity<String> response = rest.startForm(MeetingFixture.SECRETARY, MeetingProcess.KEY, MeetingFixture.CLUSTER,
                written(Map.of(MeetingProcess.Vars.VOTING_DEADLINE, MeetingFixture.inTwoWeeks().plusDays(7).toString())));

        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
        Meeting meeting = meetings.ofCluster(MeetingFixture.CLUSTER).get(0);
        assertThat(meeting.format()).isEqualTo(MeetingFormat.IN_WRITING);
        assertThat(meeting.startsAt()).as("no hour invented: the day begins it")
                .isEqualTo(MeetingFixture.inTwoWeeks().atStartOfDay(KIROV).toInstant());
        assertThat(meeting.votingDeadline()).isEqualTo(MeetingFixture.inTwoWeeks().plusDays(7).atTime(18, 0).atZone(KIROV).toInstant());
    }

    /** The schedule form as it is sent for «Заочное»: the hidden start time and duration are not in it. */
    private static Map<String, Object> written(Map<String, Object> more) {
        Map<String, Object> form = new HashMap<>(Map.of(MeetingProcess.Vars.DATE, MeetingFixture.inTwoWeeks().toString(),
                MeetingProcess.Vars.FORMAT, "IN_WRITING", MeetingProcess.Vars.ORGANIZERS, "Опорная школа"));
        form.putAll(more);
        return form;
    }
}
