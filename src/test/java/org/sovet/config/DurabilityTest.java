package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sovet.support.ChildApplication;

/**
 * A write the server acknowledged is on disk: the application in its own JVM with the default H2
 * file database is killed (SIGKILL) right after the last of several 2xx answers, started again on
 * the same data directory, and every write is there. H2's default keeps commits in memory for up to
 * half a second, which loses the last writes.
 */
class DurabilityTest {

    private static final Duration START = Duration.ofMinutes(3);
    private static final String METHODIST = "kolesnikova";
    private static final int WRITES = 5;

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void shouldKeepAcknowledgedWritesAfterKill() throws Exception {
        Path data = temp.resolve("data");
        int port = ChildApplication.freePort();
        String instanceId;
        long killedAfterMillis;
        try (var app = ChildApplication.start(data, port).waitUntilHealthy(START)) {
            var started = app.call("POST", "/engine-rest/process-definition/key/workPlanApproval/tenant-id/podosinovets/start",
                    METHODIST, "demo", "{\"variables\":{\"planYear\":{\"value\":2027,\"type\":\"Integer\"}}}");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
            instanceId = json.readTree(started.body()).get("id").asText();

            long lastAnswer = 0;
            for (int i = 1; i <= WRITES; i++) {
                // each saved draft is a completed task and a new one: writes a person really makes
                String taskId = read(app, "/engine-rest/task?processInstanceId=" + instanceId).get(0).get("id").asText();
                var written = app.call("POST", "/engine-rest/task/" + taskId + "/submit-form", METHODIST, "demo",
                        "{\"variables\":{\"planGoal\":{\"value\":\"Цель, редакция " + i + "\"},"
                                + "\"draftAction\":{\"value\":\"save\"}}}");
                lastAnswer = System.nanoTime();
                assertThat(written.statusCode()).as(written.body()).isEqualTo(204);
            }
            killedAfterMillis = (System.nanoTime() - lastAnswer) / 1_000_000;
            app.kill();
        }

        assertThat(killedAfterMillis).as("the kill falls inside H2's former half-second window").isLessThan(100);

        try (var app = ChildApplication.start(data, port).waitUntilHealthy(START)) {
            assertThat(app.call("GET", "/engine-rest/process-instance/" + instanceId, METHODIST, "demo", null).statusCode())
                    .isEqualTo(200);
            JsonNode goal = read(app, "/engine-rest/process-instance/" + instanceId + "/variables/planGoal");
            assertThat(goal.get("value").asText()).as("killed %d ms after the last 204", killedAfterMillis)
                    .isEqualTo("Цель, редакция " + WRITES);
            assertThat(read(app, "/engine-rest/history/task?processInstanceId=" + instanceId + "&finished=true"))
                    .as("every saved draft is a finished task").hasSize(WRITES);
        }
    }

    private JsonNode read(ChildApplication app, String path) throws Exception {
        var response = app.call("GET", path, METHODIST, "demo", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
