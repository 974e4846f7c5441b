package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * What operators and the load balancer read: health with Camunda's engine and job executor for
 * administrators, the bare status for anyone, Prometheus metrics for administrators only.
 * The job executor runs here as in production, so on a database of its own: it must not pick up
 * the jobs other test classes drive themselves. Metrics export is on (Spring Boot's tests switch it off).
 */
@AutoConfigureObservability(tracing = false)
@TestPropertySource(properties = {
    "camunda.bpm.job-execution.enabled=true",
    "spring.datasource.url=jdbc:h2:mem:sovet-operations;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000"
})
class OperationsEndpointsTest extends SovetTest {

    @Autowired TestRestTemplate http;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldShowTheEngineAndTheJobExecutorInHealthToAnAdministrator() throws Exception {
        ResponseEntity<String> health = http.withBasicAuth("admin", "admin").getForEntity("/actuator/health", String.class);

        JsonNode components = json.readTree(health.getBody()).get("components");
        assertThat(components.get("processEngine").get("status").asText()).isEqualTo("UP");
        assertThat(components.get("processEngine").get("details").get("name").asText()).isEqualTo(engine.getName());
        assertThat(components.get("jobExecutor").get("status").asText()).isEqualTo("UP");
        assertThat(components.get("jobExecutor").get("details").get("jobExecutor").get("processEngineNames").toString())
                .contains(engine.getName());
        assertThat(components.get("storage").get("status").asText()).isEqualTo("UP");
    }

    @Test
    void shouldShowAnonymousVisitorsTheStatusWithoutDetails() throws Exception {
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = json.readTree(health.getBody());
        assertThat(body.get("status").asText()).isEqualTo("UP");
        assertThat(body.has("components")).as("details for administrators only").isFalse();
    }

    @Test
    void shouldServePrometheusMetricsToAnAdministrator() {
        ResponseEntity<String> metrics = http.withBasicAuth("admin", "admin").getForEntity("/actuator/prometheus", String.class);

        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getBody()).contains("jvm_memory_used_bytes").contains("application=\"sovet\"");
    }

    @Test
    void shouldRefuseMetricsToAnonymousVisitorsAndPlainMembers() {
        ResponseEntity<String> anonymous = http.getForEntity("/actuator/prometheus", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
        assertThat(anonymous.getBody()).doesNotContain("jvm_").contains("администраторам");

        ResponseEntity<String> member = http.withBasicAuth("kolesnikova", "demo").getForEntity("/actuator/prometheus", String.class);
        assertThat(member.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(member.getBody()).doesNotContain("jvm_");
    }
}
