package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
        String taskId;
        long killedAfterMillis;
        try (var app = ChildApplication.start(data, port).waitUntilHealthy(START)) {
            var started = app.call("POST", "/engine-rest/process-definition/key/workPlanApproval/tenant-id/podosinovets/start",
                    METHODIST, "demo", "{\"variables\":{\"planYear\":{\"value\":2027,\"type\":\"Integer\"}}}");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
            instanceId = json.readTree(started.body()).get("id").asText();
            taskId = read(app, "/engine-rest/task?processInstanceId=" + instanceId).get(0).get("id").asText();

            long lastAnswer = 0;
            for (int i = 1; i <= WRITES; i++) {
                var written = app.call("PUT", "/engine-rest/task/" + taskId + "/localVariables/note" + i, METHODIST, "demo",
                        "{\"value\":\"Запись " + i + "\",\"type\":\"String\"}");
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
            JsonNode notes = read(app, "/engine-rest/task/" + taskId + "/localVariables");
            List<String> kept = new ArrayList<>();
            for (int i = 1; i <= WRITES; i++) {
                if (notes.has("note" + i)) {
                    kept.add(notes.get("note" + i).get("value").asText());
                }
            }
            assertThat(kept).as("killed %d ms after the last 204", killedAfterMillis)
                    .containsExactly("Запись 1", "Запись 2", "Запись 3", "Запись 4", "Запись 5");
        }
    }

    private JsonNode read(ChildApplication app, String path) throws Exception {
        var response = app.call("GET", path, METHODIST, "demo", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
