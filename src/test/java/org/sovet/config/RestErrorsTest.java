package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Year;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovet.meeting.AgendaEntry;
import org.sovet.meeting.MeetingFixture;
import org.sovet.meeting.MeetingProcess;
import org.sovet.plan.WorkPlanFixture;
import org.sovet.plan.WorkPlanProcess;
import org.sovet.support.Concurrently;
import org.sovet.support.EngineRest;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Engine errors a person can reach through REST answer in Russian, and another cluster's records as unknown ones. */
class RestErrorsTest extends SovetTest {

    private static final int YEAR = Year.now(ZoneId.of("Europe/Kirov")).getValue();
    private static final String STRANGER = "bykova";
    private static final String UNKNOWN = "00000000-0000-0000-0000-000000000000";

    @Autowired EngineRest rest;
    @Autowired WorkPlanFixture plan;
    @Autowired MeetingFixture meeting;
    private ProcessInstance podosinovetsPlan;
    private String taskId;

    @BeforeEach
    void aPlanUnderReviewInPodosinovets() {
        podosinovetsPlan = plan.start(YEAR);
        plan.draft(podosinovetsPlan, WorkPlanFixture.podosinovetsPlan(), WorkPlanProcess.ACTION_SUBMIT);
        taskId = plan.task(podosinovetsPlan).getId();
    }

    @Test
    void shouldAnswerAnotherClustersTaskAndInstanceExactlyAsUnknownOnes() {
        String instanceId = podosinovetsPlan.getId();
        List<Call> calls = List.of(
                new Call(HttpMethod.GET, "/task/%s", null),
                new Call(HttpMethod.POST, "/task/%s/complete", Map.of("variables", Map.of())),
                new Call(HttpMethod.POST, "/task/%s/submit-form", Map.of("variables", Map.of())),
                new Call(HttpMethod.POST, "/task/%s/claim", Map.of("userId", STRANGER)),
                new Call(HttpMethod.GET, "/task/%s/variables", null),
                new Call(HttpMethod.GET, "/task/%s/comment", null),
                new Call(HttpMethod.POST, "/task/%s/comment/create", Map.of("message", "Чужой комментарий")));
        for (Call call : calls) {
            assertSameAsUnknown(call, taskId);
        }
        for (Call call : List.of(new Call(HttpMethod.GET, "/process-instance/%s", null),
                new Call(HttpMethod.GET, "/process-instance/%s/variables", null))) {
            assertSameAsUnknown(call, instanceId);
        }
        // a write only administrators make is refused before any instance is looked up: alike for every id
        Call delete = new Call(HttpMethod.DELETE, "/process-instance/%s", null);
        ResponseEntity<String> foreign = rest.send(STRANGER, delete.method(), delete.path().formatted(instanceId), null);
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(foreign.getBody()).isEqualTo(rest.send(STRANGER, delete.method(), delete.path().formatted(UNKNOWN), null).getBody());
        assertThat(plan.task(podosinovetsPlan).getAssignee()).isNull();
        assertThat(engine.getTaskService().getTaskComments(taskId)).isEmpty();
    }

    @Test
    void shouldAnswerMalformedJsonInRussian() {
        for (String body : List.of("{\"variables\": {\"reviewDecision\": ", "{\"variables\": \"approve\"}")) {
            ResponseEntity<String> response = rest.send(WorkPlanFixture.DIRECTOR, HttpMethod.POST, "/task/" + taskId + "/submit-form", body);

            assertThat(response.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(message(response)).as(response.getBody()).startsWith("Неверный формат запроса: ");
        }
        assertThat(plan.task(podosinovetsPlan).getId()).isEqualTo(taskId);
    }

    @Test
    void shouldKeepTheStatusOfARefusedPermissionAndSayItInRussianFirst() {
        ResponseEntity<String> claim = rest.post("petrova", "/task/" + taskId + "/claim", Map.of("userId", "petrova"));

        assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(message(claim)).startsWith("Недостаточно прав для этого действия.");
        assertThat(plan.task(podosinovetsPlan).getAssignee()).isNull();
    }

    @Test
    void shouldAnswer409ToTheSecondOfTwoSimultaneousCompletionsOfOneTask() throws Exception {
        ProcessInstance instance = meeting.schedule();
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(instance.getId()).timers().singleResult().getId());
        String compose = meeting.task(instance, MeetingProcess.Elements.COMPOSE_AGENDA).getId();
        Map<String, Object> agenda = Map.of(MeetingProcess.Vars.AGENDA, EngineRest.jsonVariable(
                List.of(MeetingFixture.item("Анализ работы кластера", "Воронцов А.Н.", 10))));

        List<ResponseEntity<String>> answers = Concurrently.run(Collections.nCopies(2,
                () -> rest.submitTaskForm(MeetingFixture.SECRETARY, compose, agenda)));

        assertThat(answers).as(answers.toString()).extracting(ResponseEntity::getStatusCode)
                .containsExactlyInAnyOrder(HttpStatus.NO_CONTENT, HttpStatus.CONFLICT);
        assertThat(answers).filteredOn(a -> a.getStatusCode() == HttpStatus.CONFLICT).singleElement()
                .satisfies(loser -> assertThat(message(loser)).startsWith("Задача уже выполнена"));
        ResponseEntity<String> again = rest.submitTaskForm(MeetingFixture.SECRETARY, compose, agenda);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(message(again)).startsWith("Задача уже выполнена");
        assertThat(meeting.tasks(instance, MeetingProcess.Elements.APPROVE_AGENDA)).hasSize(1);
    }

    @Test
    void shouldAnswer409WhenAnotherCompletionChangedTheSameProcessMeanwhile() throws Exception {
        ProcessInstance instance = meeting.schedule();
        List<Task> proposals = meeting.tasks(instance, MeetingProcess.Elements.PROPOSE);
        List<Callable<ResponseEntity<String>>> calls = proposals.stream().<Callable<ResponseEntity<String>>>map(task -> () ->
                rest.submitTaskForm(task.getAssignee(), task.getId(), Map.of(MeetingProcess.Vars.PROPOSALS,
                        EngineRest.jsonVariable(List.<AgendaEntry>of())))).toList();

        List<ResponseEntity<String>> answers = Concurrently.run(calls);

        assertThat(answers).allSatisfy(answer -> {
            if (answer.getStatusCode() != HttpStatus.NO_CONTENT) {
                assertThat(answer.getStatusCode()).as(answer.toString()).isEqualTo(HttpStatus.CONFLICT);
                assertThat(message(answer)).isEqualTo("Данные изменились, пока вы работали: обновите страницу и повторите.");
            }
        });
    }

    private void assertSameAsUnknown(Call call, String id) {
        ResponseEntity<String> foreign = rest.send(STRANGER, call.method(), call.path().formatted(id), call.body());
        ResponseEntity<String> unknown = rest.send(STRANGER, call.method(), call.path().formatted(UNKNOWN), call.body());

        assertThat(foreign.getStatusCode()).as(call + " " + foreign.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(foreign.getBody()).as(call.toString()).isEqualTo(unknown.getBody());
        assertThat(message(foreign)).startsWith("Не найдено.");
    }

    private String message(ResponseEntity<String> response) {
        JsonNode body = rest.read(response);
        return body.get("message").asText();
    }

    private record Call(HttpMethod method, String path, Object body) {}
}
