package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sovet.support.FillableDisk;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A full disk refuses writes in Russian and changes nothing, health says DOWN, and once there is
 * space again the application goes on by itself: no restart, nothing written before lost.
 * The H2 file lives on {@link FillableDisk}, whose writes fail while it is «full».
 */
class DiskFullTest extends SovetTest {

    private static final String DATA_DIR = Path.of("target", "disk-full-" + UUID.randomUUID()).toAbsolutePath().toString();
    private static final String START = "/engine-rest/process-definition/key/workPlanApproval/tenant-id/podosinovets/start";

    @Autowired TestRestTemplate http;
    @Autowired RuntimeService runtime;
    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void databaseOnAFillableDisk(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> FillableDisk.jdbcUrl(DATA_DIR));
        registry.add("sovet.data-dir", () -> DATA_DIR);
        registry.add("sovet.storage.probe-interval", () -> "0s");
        registry.add("sovet.storage.min-free-space", () -> "1MB");
    }

    @AfterEach
    void spaceAgain() {
        FillableDisk.free();
    }

    @Test
    void shouldRefuseWritesInRussianWhileTheDiskIsFullAndRecoverWithoutRestart() throws Exception {
        assertThat(startPlan(2027).getStatusCode()).isEqualTo(HttpStatus.OK);

        FillableDisk.fill();
        ResponseEntity<String> refused = startPlan(2028);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        JsonNode error = json.readTree(refused.getBody());
        assertThat(error.get("type").asText()).isEqualTo("StorageUnavailable");
        assertThat(error.get("message").asText()).isEqualTo(StorageFailure.MESSAGE).contains("закончилось место на диске");
        assertThat(health().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(json.readTree(health().getBody()).get("status").asText()).isEqualTo("DOWN");
        assertThat(json.readTree(health().getBody()).has("components")).as("details for administrators only").isFalse();
        JsonNode storage = json.readTree(http.withBasicAuth("admin", "admin").getForEntity("/actuator/health", String.class).getBody())
                .get("components").get("storage");
        assertThat(storage.get("status").asText()).isEqualTo("DOWN");
        assertThat(storage.get("details").get("database").asText()).startsWith("База данных не может записать изменения");

        FillableDisk.free();
        await().atMost(Duration.ofSeconds(30)).until(() -> health().getStatusCode() == HttpStatus.OK);
        assertThat(json.readTree(health().getBody()).get("status").asText()).isEqualTo("UP");
        ResponseEntity<String> accepted = startPlan(2028);
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.OK);

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("workPlanApproval").list())
                .extracting(this::planYear).containsExactlyInAnyOrder(2027, 2028);
    }

    private ResponseEntity<String> startPlan(int year) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = "{\"variables\":{\"planYear\":{\"value\":" + year + ",\"type\":\"Integer\"}}}";
        return http.withBasicAuth("kolesnikova", "demo").postForEntity(START, new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> health() {
        return http.getForEntity("/actuator/health", String.class);
    }

    private Object planYear(ProcessInstance instance) {
        return runtime.getVariable(instance.getId(), "planYear");
    }
}
