package org.sovet.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;

/**
 * One {@link ChildApplication} on one data directory that a test kills and starts again, driven
 * through /engine-rest as Tasklist's users drive it (HTTP Basic, demo password).
 */
public final class ChildNode implements AutoCloseable {

    public static final Duration START = Duration.ofMinutes(3);
    public static final String ADMIN = "demo";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dataDir;
    private final int port = ChildApplication.freePort();
    private final String[] args;
    private ChildApplication app;
    private int starts;

    public ChildNode(Path dataDir, String... args) {
        this.dataDir = dataDir;
        this.args = args;
    }

    public ChildNode start() {
        app = ChildApplication.start(dataDir, port, args).waitUntilHealthy(START);
        starts++;
        return this;
    }

    /** SIGTERM: the orderly stop before a restore. */
    public void stop() {
        app.stop();
    }

    public int starts() {
        return starts;
    }

    @Override
    public void close() {
        if (app != null) {
            app.kill();
        }
    }

    public ChildApplication app() {
        return app;
    }

    /** A 2xx call's JSON answer (null for 204); anything else fails with the body. */
    public JsonNode call(String method, String path, String user, Object body) {
        try {
            var response = app.call(method, path, user, "demo", body == null ? null : JSON.writeValueAsString(body));
            assertThat(response.statusCode()).as("%s %s as %s: %s", method, path, user, response.body()).isBetween(200, 299);
            return response.body().isEmpty() ? null : JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public JsonNode get(String path) {
        return call("GET", "/engine-rest" + path, ADMIN, null);
    }

    /** Starts the tenant's latest definition through its start form, as {@code user}; the instance id. */
    public String startForm(String user, String processKey, String tenantId, Map<String, ?> variables) {
        return call("POST", "/engine-rest/process-definition/key/" + processKey + "/tenant-id/" + tenantId + "/submit-form",
                user, Map.of("variables", typed(variables))).get("id").asText();
    }

    /** The open tasks of the instance at this step, as the administrator sees them. */
    public List<JsonNode> tasks(String instanceId, String taskKey) {
        List<JsonNode> tasks = new ArrayList<>();
        get("/task?processInstanceId=" + instanceId + "&taskDefinitionKey=" + taskKey).forEach(tasks::add);
        return tasks;
    }

    /** The one open task of the instance at this step for this assignee (any assignee when null). */
    public JsonNode task(String instanceId, String taskKey, String assignee) {
        var matching = tasks(instanceId, taskKey).stream()
                .filter(t -> assignee == null || assignee.equals(t.path("assignee").asText(null))).toList();
        assertThat(matching).as("task %s of %s for %s", taskKey, instanceId, assignee).hasSize(1);
        return matching.get(0);
    }

    /** Claims the task if nobody has (Tasklist requires it) and submits its form, as the user. */
    public void submit(String user, JsonNode task, Map<String, ?> variables) {
        String id = task.get("id").asText();
        if (task.path("assignee").isNull() || task.path("assignee").isMissingNode()) {
            call("POST", "/engine-rest/task/" + id + "/claim", user, Map.of("userId", user));
        }
        call("POST", "/engine-rest/task/" + id + "/submit-form", user, Map.of("variables", typed(variables)));
    }

    /** The process instance this one called (a protocol of a meeting). */
    public String calledInstance(String superInstanceId) {
        JsonNode called = get("/process-instance?superProcessInstance=" + superInstanceId);
        assertThat(called).as("instances called by %s", superInstanceId).hasSize(1);
        return called.get(0).get("id").asText();
    }

    /** Waits until no job is due: every mail and step the job executor had to run has run. */
    public void awaitJobsDone() {
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                .until(() -> get("/job/count?executable=true").get("count").asInt() == 0);
    }

    public String state(String instanceId) {
        return get("/history/process-instance/" + instanceId).get("state").asText();
    }

    /** A value the forms send as a Spin JSON variable (lists, rows). */
    public static Map<String, Object> json(Object value) {
        try {
            return Map.of("value", JSON.writeValueAsString(value), "type", "Json");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode typed(Map<String, ?> variables) {
        ObjectNode typed = JSON.createObjectNode();
        variables.forEach((name, value) -> typed.set(name, value instanceof Map<?, ?> map && map.containsKey("type")
                ? JSON.valueToTree(value) : JSON.createObjectNode().putPOJO("value", value)));
        return typed;
    }
}
