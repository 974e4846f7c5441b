package org.sovet.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * What a person does in Tasklist, over /engine-rest: opens the inbox (a page of tasks and the count Tasklist
 * asks for), opens a task (its form variables), claims it when nobody has, submits the form. The same calls
 * go to Sovet and to the engine floor, so their figures compare.
 */
final class Tasklist {

    static final String ADMIN = "demo";
    private static final Duration STEP = Duration.ofMinutes(3);
    private static final DateTimeFormatter CAMUNDA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final Rest rest;

    Tasklist(Rest rest) {
        this.rest = rest;
    }

    Rest rest() {
        return rest;
    }

    /** Starts the tenant's latest definition through its start form; the instance id. */
    String start(String user, String key, String tenant, Map<String, Object> variables) {
        JsonNode started = rest.call("POST", "/engine-rest/process-definition/key/" + key + "/tenant-id/" + tenant + "/submit-form",
                user, Map.of("variables", Values.typed(variables)), "start");
        rest.stats().count("starts");
        return started.get("id").asText();
    }

    /** The person's inbox as Tasklist loads it: the first page of their and their groups' tasks, and its count. */
    void inbox(String user) {
        Map<String, Object> query = Map.of("orQueries", List.of(Map.of("assignee", user, "candidateUser", user)));
        long start = System.nanoTime();
        rest.call("POST", "/engine-rest/task?firstResult=0&maxResults=15", user,
                Map.of("orQueries", query.get("orQueries"), "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc"))), null);
        rest.call("POST", "/engine-rest/task/count", user, query, null);
        rest.stats().time("inbox", start);
    }

    /** Waits (the job executor runs the steps before it) for the user's task at this step of the instance, then does it. */
    void complete(String user, String instance, String taskKey, Map<String, Object> form) {
        inbox(user);
        JsonNode task = awaitTask(user, instance, taskKey);
        String id = task.get("id").asText();
        rest.call("GET", "/engine-rest/task/" + id + "/form-variables", user, null, "form");
        if (task.path("assignee").isNull() || task.path("assignee").isMissingNode()) {
            rest.call("POST", "/engine-rest/task/" + id + "/claim", user, Map.of("userId", user), "claim");
        }
        rest.call("POST", "/engine-rest/task/" + id + "/submit-form", user, Map.of("variables", Values.typed(form)), "complete");
        rest.stats().count("completions");
    }

    private JsonNode awaitTask(String user, String instance, String taskKey) {
        String path = "/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + taskKey;
        return await("task " + taskKey + " of " + instance + " for " + user).until(() -> {
            for (JsonNode task : rest.call("GET", path, user, null, null)) {
                if (task.path("assignee").isNull() || user.equals(task.path("assignee").asText())) {
                    return Optional.of(task);
                }
            }
            return Optional.<JsonNode>empty();
        }, Optional::isPresent).get();
    }

    /** The instance this one called (a meeting's protocol), once the jobs before the call have run. */
    String called(String superInstance) {
        return awaitOne("/engine-rest/process-instance?superProcessInstance=" + superInstance).get("id").asText();
    }

    /** The cluster's instances of the process, once there are as many as expected. */
    List<String> instances(String key, String tenant, int expected) {
        JsonNode found = await(expected + " " + key + " instances in " + tenant).until(() -> rest.call("GET",
                "/engine-rest/process-instance?processDefinitionKey=" + key + "&tenantIdIn=" + tenant, ADMIN, null, null),
                instances -> instances.size() >= expected);
        return StreamSupport.stream(found.spliterator(), false).map(i -> i.get("id").asText()).toList();
    }

    /** An operator makes the instance's timer at this event due now, instead of the bench waiting days; false when none. */
    boolean timerDueNow(String instance, String timerId) {
        JsonNode jobs = rest.call("GET", "/engine-rest/job?timers=true&processInstanceId=" + instance + "&activityId=" + timerId,
                ADMIN, null, null);
        if (jobs.isEmpty()) {
            return false;
        }
        String due = CAMUNDA_DATE.format(Instant.now().minusSeconds(60).atOffset(ZoneOffset.UTC));
        rest.call("PUT", "/engine-rest/job/" + jobs.get(0).get("id").asText() + "/duedate", ADMIN, Map.of("duedate", due), null);
        return true;
    }

    /**
     * How long the engine took for this step of the instance, from its history (Sovet's protocol steps render the
     * PDF and DOCX); nothing is recorded when the model has no such step, as the floor's.
     */
    void stepDurations(String instance, String activityId, String timer) {
        for (JsonNode step : rest.call("GET", "/engine-rest/history/activity-instance?processInstanceId=" + instance
                + "&activityId=" + activityId, ADMIN, null, null)) {
            if (step.hasNonNull("durationInMillis")) {
                rest.stats().record(timer, step.get("durationInMillis").asDouble());
            }
        }
    }

    private JsonNode awaitOne(String path) {
        return await("one instance at " + path).until(() -> rest.call("GET", path, ADMIN, null, null), found -> found.size() == 1).get(0);
    }

    /** The bench waits for the job executor as a person waits for the next task to appear. */
    static ConditionFactory await(String what) {
        return Awaitility.await(what).atMost(STEP).pollInterval(Duration.ofMillis(50));
    }
}
