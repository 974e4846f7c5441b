package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovet.plan.WorkPlanFixture.podosinovetsPlan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovet.plan.WorkPlanFixture;
import org.sovet.plan.WorkPlanProcess;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** /engine-rest needs credentials, and a cluster's data stays inside the cluster. */
class EngineRestSecurityTest extends SovetTest {

    private static final int YEAR = Year.now(ZoneId.of("Europe/Kirov")).getValue();
    private static final String OTHER_CLUSTER_METHODIST = "bykova";
    private static final String SUPERVISOR = "petrova";

    @Autowired TestRestTemplate http;
    @Autowired WorkPlanFixture plan;
    private final ObjectMapper json = new ObjectMapper();
    private ProcessInstance podosinovetsPlan;

    @BeforeEach
    void aPlanUnderReviewInPodosinovets() {
        podosinovetsPlan = plan.start(YEAR);
        plan.draft(podosinovetsPlan, podosinovetsPlan(), WorkPlanProcess.ACTION_SUBMIT);
    }

    @Test
    void shouldAnswer401WithoutCredentialsOrWithAWrongPassword() {
        assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("kolesnikova", "demo").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        // Camunda delays logins after a failure, so the wrong password is tried on another user
        assertThat(http.withBasicAuth("zueva", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldShowAnotherClusterNothingThroughAnyRestCall() throws Exception {
        var stranger = http.withBasicAuth(OTHER_CLUSTER_METHODIST, "demo");
        String taskId = plan.task(podosinovetsPlan).getId();

        // other test classes may have left Oparino's own history behind: none of it may be Podosinovets'
        for (String list : List.of("task", "process-instance", "history/process-instance", "history/task", "variable-instance")) {
            assertThat(array(stranger, "/engine-rest/" + list)).as(list)
                    .noneMatch(row -> row.path("tenantId").asText("").equals("podosinovets")
                            || row.path("processInstanceId").asText("").equals(podosinovetsPlan.getId()));
        }
        assertThat(array(stranger, "/engine-rest/process-definition?key=" + WorkPlanProcess.KEY))
                .allMatch(d -> d.get("tenantId").asText().equals("oparino"));
        assertThat(stranger.getForEntity("/engine-rest/task/" + taskId, String.class).getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(stranger.getForEntity("/engine-rest/process-instance/" + podosinovetsPlan.getId() + "/variables", String.class)
                .getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(stranger.postForEntity("/engine-rest/task/" + taskId + "/claim", jsonBody(Map.of("userId", OTHER_CLUSTER_METHODIST)),
                String.class).getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(plan.task(podosinovetsPlan).getAssignee()).isNull();
    }

    @Test
    void shouldLetTheSupervisorReadEveryClusterButChangeNothing() throws Exception {
        var supervisor = http.withBasicAuth(SUPERVISOR, "demo");
        String taskId = plan.task(podosinovetsPlan).getId();

        assertThat(array(supervisor, "/engine-rest/task")).extracting(t -> t.get("id").asText()).contains(taskId);
        assertThat(array(supervisor, "/engine-rest/history/process-instance")).isNotEmpty();

        ResponseEntity<String> claim = supervisor.postForEntity("/engine-rest/task/" + taskId + "/claim",
                jsonBody(Map.of("userId", SUPERVISOR)), String.class);
        assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> delete = supervisor.exchange("/engine-rest/process-instance/" + podosinovetsPlan.getId(),
                HttpMethod.DELETE, null, String.class);
        assertThat(delete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(plan.task(podosinovetsPlan).getAssignee()).isNull();
    }

    @Test
    void shouldRefuseAnInvalidApprovalThroughRestWithAClearRussianMessage() throws Exception {
        var director = http.withBasicAuth(WorkPlanFixture.DIRECTOR, "demo");
        String taskId = plan.task(podosinovetsPlan).getId();
        var body = Map.of("variables", Map.of(
                "reviewDecision", Map.of("value", "approve"),
                "orderNumber", Map.of("value", ""),
                "orderDate", Map.of("value", "2001-01-01")));

        ResponseEntity<String> response = director.postForEntity("/engine-rest/task/" + taskId + "/submit-form", jsonBody(body), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode error = json.readTree(response.getBody());
        assertThat(error.get("message").asText()).isEqualTo(
                "Укажите номер приказа об утверждении плана (например, 1-од). Дата приказа не может быть раньше начала работы над планом ("
                        + org.sovet.common.RussianDates.shortDate(java.time.LocalDate.now(ZoneId.of("Europe/Kirov"))) + ").");
        assertThat(plan.task(podosinovetsPlan).getId()).isEqualTo(taskId);
    }

    @Test
    void shouldServeThePlanPdfOnlyToItsCluster() {
        long planId = (Long) engine.getRuntimeService().getVariable(podosinovetsPlan.getId(), "planId");
        String url = "/plans/" + planId + "/document";

        ResponseEntity<byte[]> own = http.withBasicAuth("kolesnikova", "demo").getForEntity(url, byte[].class);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(http.withBasicAuth(OTHER_CLUSTER_METHODIST, "demo").getForEntity(url, byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth(SUPERVISOR, "demo").getForEntity(url, byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> unknown = http.withBasicAuth("kolesnikova", "demo").getForEntity("/plans/999999/document", String.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).contains("\"message\":\"План не найден.\"");
    }

    private JsonNode array(TestRestTemplate client, String url) throws Exception {
        ResponseEntity<String> response = client.getForEntity(url, String.class);
        assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private HttpEntity<String> jsonBody(Object body) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(json.writeValueAsString(body), headers);
    }
}
