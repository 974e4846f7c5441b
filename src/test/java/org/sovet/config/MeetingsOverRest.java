package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.awaitility.Awaitility;
import org.sovet.meeting.MeetingProcess;
import org.sovet.support.ChildApplication;

/**
 * Council meetings driven through a node's /engine-rest as Tasklist's users and an operator do it:
 * the secretary schedules and composes, the chair approves, and the administrator («demo») makes a
 * timer due now instead of waiting days. The jobs themselves run on whichever node acquires them.
 */
final class MeetingsOverRest {

    static final String ADMIN = "demo";
    private static final String PASSWORD = "demo";
    private static final Duration STEP = Duration.ofMinutes(3);
    private static final DateTimeFormatter CAMUNDA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final ObjectMapper json = new ObjectMapper();

    /** Schedules an in-person meeting at 14:00 on the date; answers the process instance id. */
    String schedule(ChildApplication node, String cluster, String secretary, LocalDate date, String theme) {
        ObjectNode variables = json.createObjectNode();
        variables.set(MeetingProcess.Vars.DATE, value(date.toString()));
        variables.set(MeetingProcess.Vars.TIME, value("14:00"));
        variables.set(MeetingProcess.Vars.DURATION, value(120).put("type", "Integer"));
        variables.set(MeetingProcess.Vars.FORMAT, value("IN_PERSON"));
        variables.set(MeetingProcess.Vars.PLACE, value("Актовый зал опорной школы"));
        variables.set(MeetingProcess.Vars.THEME, value(theme));
        variables.set(MeetingProcess.Vars.ORGANIZERS, value("Опорная школа"));
        JsonNode started = ok(node, "POST", "/engine-rest/process-definition/key/" + MeetingProcess.KEY + "/tenant-id/" + cluster
                + "/submit-form", secretary, json.createObjectNode().set("variables", variables).toString());
        return started.get("id").asText();
    }

    /** Makes the instance's timer at this element due now, once the instance waits at it. */
    void timerDueNow(ChildApplication node, String instanceId, String timerId) {
        String path = "/engine-rest/job?processInstanceId=" + instanceId + "&activityId=" + timerId;
        JsonNode job = Awaitility.await().atMost(STEP).pollInterval(Duration.ofMillis(500))
                .until(() -> ok(node, "GET", path, ADMIN, null), jobs -> jobs.size() == 1).get(0);
        String due = CAMUNDA_DATE.format(Instant.now().minusSeconds(60).atOffset(ZoneOffset.UTC));
        var answer = node.call("PUT", "/engine-rest/job/" + job.get("id").asText() + "/duedate", ADMIN, PASSWORD,
                json.createObjectNode().put("duedate", due).toString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
    }

    /** The secretary composes a one-item agenda, once the task is there. */
    void composeAgenda(ChildApplication node, String instanceId, String secretary, String title) {
        String agenda = json.createArrayNode().add(json.createObjectNode().put("title", title).putNull("speakerId")
                .put("speakerName", "Директор опорной школы").put("speakerPosition", "директор")
                .put("speakerOrganization", "Опорная школа").put("minutes", 15)).toString();
        submit(node, instanceId, MeetingProcess.Elements.COMPOSE_AGENDA, secretary,
                Map.of(MeetingProcess.Vars.AGENDA, value(agenda).put("type", "Json")));
    }

    /** The chair approves the agenda: the invitations go out as one job per member. */
    void approveAgenda(ChildApplication node, String instanceId, String chair) {
        submit(node, instanceId, MeetingProcess.Elements.APPROVE_AGENDA, chair, Map.of(
                MeetingProcess.Vars.REVIEW_DECISION, value(MeetingProcess.DECISION_APPROVE),
                MeetingProcess.Vars.REVIEW_REMARKS, json.createObjectNode().putNull("value")));
    }

    /** Claims the user's task when nobody has (as Tasklist requires) and submits its form. */
    private void submit(ChildApplication node, String instanceId, String taskKey, String user, Map<String, JsonNode> variables) {
        String path = "/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey=" + taskKey;
        JsonNode task = Awaitility.await().atMost(STEP).pollInterval(Duration.ofMillis(500))
                .until(() -> ok(node, "GET", path, user, null), tasks -> tasks.size() == 1).get(0);
        String taskId = task.get("id").asText();
        if (task.get("assignee").isNull()) {
            var claimed = node.call("POST", "/engine-rest/task/" + taskId + "/claim", user, PASSWORD,
                    json.createObjectNode().put("userId", user).toString());
            assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
        }
        ObjectNode form = json.createObjectNode();
        variables.forEach(form::set);
        var submitted = node.call("POST", "/engine-rest/task/" + taskId + "/submit-form", user, PASSWORD,
                json.createObjectNode().set("variables", form).toString());
        assertThat(submitted.statusCode()).as(submitted.body()).isIn(200, 204);
    }

    JsonNode ok(ChildApplication node, String method, String path, String user, String body) {
        return read(node.call(method, path, user, PASSWORD, body));
    }

    /** The body of a 200 answer. */
    JsonNode read(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as("%s: %s", answer.uri(), answer.body()).isEqualTo(200);
        try {
            return json.readTree(answer.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode value(Object value) {
        return json.createObjectNode().putPOJO("value", value);
    }
}
