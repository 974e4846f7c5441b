package org.sovet.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.sovet.meeting.MeetingFixture.item;
import static org.sovet.meeting.MeetingProcess.Elements;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovet.directory.DirectoryImport;
import org.sovet.support.Concurrently;
import org.sovet.support.EngineRest;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Twelve members of Вятские Поляны (the demo's nine and three more, in a database of this test's
 * own, so no other test sees them) send their written ballots through REST at the same moment.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:sovet-twelve-voters;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000")
class ConcurrentBallotsTest extends SovetTest {

    private static final List<String> AGAINST = List.of("latypov", "frolova");

    @Autowired DirectoryImport directoryImport;
    @Autowired MeetingFixture meeting;
    @Autowired EngineRest rest;
    @Autowired SessionService sessions;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void twelveVotingMembers() {
        directoryImport.importFrom("classpath:directory/vpolyany-three-more-members.json");
    }

    @Test
    void shouldAcceptTwelveBallotsCastAtOnceAndCountEachExactlyOnce() throws Exception {
        ProcessInstance instance = meeting.votingOpened("vpolyany", "ustinov", "sokolov",
                List.of(item("Анализ работы кластера", "Соколов В.Д.", 10)),
                List.of(new SessionItem("Анализ работы кластера", "Соколов В.Д.", null, null,
                        List.of(new SessionItem.DecisionDraft("Принять отчёт к сведению.", "SIMPLE", null, null, null, null, null, null)))));
        List<Task> ballots = meeting.tasks(instance, Elements.CAST_BALLOT);
        assertThat(ballots).hasSize(12);

        List<ResponseEntity<String>> answers = Concurrently.run(ballots.stream().<Callable<ResponseEntity<String>>>map(ballot -> () ->
                rest.submitTaskForm(ballot.getAssignee(), ballot.getId(), Map.of(MeetingProcess.Vars.BALLOT,
                        EngineRest.jsonVariable(filled(AGAINST.contains(ballot.getAssignee()) ? "AGAINST" : "FOR"))))).toList());

        assertThat(answers).as(answers.toString()).extracting(ResponseEntity::getStatusCode).containsOnly(HttpStatus.NO_CONTENT);
        assertThat(meeting.tasks(instance, Elements.CAST_BALLOT)).isEmpty();
        assertThat(meeting.runJobs(Elements.CAST_BALLOT)).as("each ballot moves on in a job of its own").isEqualTo(12);
        assertThat(instance).hasPassed(Elements.COUNT_BALLOTS);
        long meetingId = meetingId(instance);
        assertThat(jdbc.sql("select count(*) from ballot where meeting_id = ?").param(meetingId).query(Integer.class).single())
                .isEqualTo(12);
        assertThat(sessions.decisions(meetingId)).singleElement().satisfies(decision -> {
            assertThat(decision.votesFor()).isEqualTo(10);
            assertThat(decision.votesAgainst()).isEqualTo(2);
            assertThat(decision.adopted()).isTrue();
        });
    }

    private static List<BallotItem> filled(String choice) {
        return List.of(new BallotItem("Анализ работы кластера", List.of(new BallotItem.Choice("Принять отчёт к сведению.", choice, null))));
    }

    private long meetingId(ProcessInstance instance) {
        return (Long) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(MeetingProcess.Vars.MEETING_ID).singleResult().getValue();
    }
}
