package org.sovet.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovet.meeting.MeetingProcess.Vars;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.sovet.support.Concurrently;
import org.sovet.support.EngineRest;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Meetings scheduled at the same moment through REST still get consecutive protocol numbers, never one twice. */
class ConcurrentSchedulingTest extends SovetTest {

    private static final int MEETINGS = 4;

    @Autowired EngineRest rest;
    @Autowired JdbcClient jdbc;

    @Test
    void shouldGiveMeetingsScheduledAtOnceConsecutiveProtocolNumbers() throws Exception {
        List<Callable<ResponseEntity<String>>> starts = Collections.nCopies(MEETINGS, () -> rest.startForm(
                MeetingFixture.SECRETARY, MeetingProcess.KEY, MeetingFixture.CLUSTER, schedule()));

        List<ResponseEntity<String>> answers = Concurrently.run(starts);

        assertThat(answers).extracting(ResponseEntity::getStatusCode).as(answers.toString()).containsOnly(HttpStatus.OK);
        assertThat(jdbc.sql("select protocol_number from meeting where cluster_id = ? order by protocol_number")
                .param(MeetingFixture.CLUSTER).query(Integer.class).list()).containsExactly(1, 2, 3, 4);
    }

    private static Map<String, Object> schedule() {
        return Map.of(Vars.DATE, MeetingFixture.inTwoWeeks().toString(), Vars.TIME, "14:00", Vars.DURATION, 120,
                Vars.FORMAT, "IN_PERSON", Vars.PLACE, "КОГОБУ СШ пгт Подосиновец, актовый зал",
                Vars.THEME, "Итоги работы кластера за полугодие", Vars.ORGANIZERS, "Опорная школа");
    }
}
