package org.sovet.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sovet.support.EngineRest;
import org.springframework.http.HttpMethod;

/** One forged write to the engine's REST API (a path below /engine-rest): what a logged-in person could send with curl. */
record ForgedWrite(String method, String path, Object body) {


    /** The status the application answers: JSON as it is, a map of parts as a multipart form. */
    int sendAs(String actor, EngineRest rest) {
        @SuppressWarnings("unchecked")
        var response = body instanceof Map<?, ?> parts ? rest.postForm(actor, path, (Map<String, String>) parts)
                : rest.send(actor, HttpMethod.valueOf(method), path, body);
        return response.getStatusCode().value();
    }

    @Override
    public String toString() {
        return method + " " + path + (body instanceof String text ? " " + text : "");
    }

    /**
     * Writes on a task. On their own task a person may still claim it, comment and attach files
     * (Tasklist's features), so those count as forged only on a task that is not theirs.
     */
    static List<ForgedWrite> onTask(String taskId, String actor, long otherMeetingId, boolean own) {
        String t = "/task/" + taskId;
        List<ForgedWrite> writes = new ArrayList<>(List.of(
                new ForgedWrite("PUT", t + "/variables/directorGroup", "{\"value\":\"podosinovets-secretary\",\"type\":\"String\"}"),
                new ForgedWrite("PUT", t + "/variables/meetingId", "{\"value\":" + otherMeetingId + ",\"type\":\"Long\"}"),
                new ForgedWrite("POST", t + "/variables", "{\"modifications\":{\"controllerId\":{\"value\":\"" + actor + "\"}}}"),
                new ForgedWrite("PUT", t + "/localVariables/secretaryId", "{\"value\":\"" + actor + "\",\"type\":\"String\"}"),
                new ForgedWrite("DELETE", t + "/variables/clusterName", null),
                new ForgedWrite("POST", t + "/complete", "{\"variables\":{\"memberIds\":{\"value\":\"[\\\"bykova\\\"]\",\"type\":\"Json\"},"
                        + "\"reviewDecision\":{\"value\":\"approve\"}}}"),
                new ForgedWrite("POST", t + "/submit-form", "{\"variables\":{\"meetingId\":{\"value\":" + otherMeetingId
                        + ",\"type\":\"Long\"},\"verdict\":{\"value\":\"accept\"}}}"),
                new ForgedWrite("POST", t + "/complete", "{\"variables\":{\"reviewRemarks\":{\"value\":\"\\u0000\"}}}"),
                new ForgedWrite("POST", t + "/assignee", "{\"userId\":\"" + actor + "\"}"),
                new ForgedWrite("POST", t + "/delegate", "{\"userId\":\"" + actor + "\"}"),
                new ForgedWrite("POST", t + "/identity-links", "{\"groupId\":\"podosinovets-member\",\"type\":\"candidate\"}"),
                new ForgedWrite("POST", t + "/identity-links/delete", "{\"userId\":\"" + actor + "\",\"type\":\"assignee\"}"),
                new ForgedWrite("PUT", t, "{\"name\":\"Подменённая задача\",\"assignee\":\"" + actor + "\",\"priority\":99}"),
                new ForgedWrite("POST", t + "/resolve", "{\"variables\":{}}"),
                new ForgedWrite("POST", t + "/bpmnError", "{\"errorCode\":\"forged\"}"),
                new ForgedWrite("POST", t + "/bpmnEscalation", "{\"escalationCode\":\"forged\"}"),
                new ForgedWrite("DELETE", t, null)));
        if (!own) {
            writes.add(new ForgedWrite("POST", t + "/claim", "{\"userId\":\"" + actor + "\"}"));
            writes.add(new ForgedWrite("POST", t + "/comment/create", "{\"message\":\"Подложный комментарий\"}"));
            writes.add(new ForgedWrite("POST", t + "/attachment/create",
                    Map.of("attachment-name", "akt.txt", "attachment-type", "text/plain", "content", "подлог")));
        }
        return writes;
    }

    /** Writes on a running process instance and its executions, and the messages it listens to. */
    static List<ForgedWrite> onInstance(String instanceId, String actor, long otherMeetingId) {
        String p = "/process-instance/" + instanceId;
        return List.of(
                new ForgedWrite("POST", p + "/variables", "{\"modifications\":{\"secretaryId\":{\"value\":\"" + actor + "\"}}}"),
                new ForgedWrite("PUT", p + "/variables/meetingId", "{\"value\":" + otherMeetingId + ",\"type\":\"Long\"}"),
                new ForgedWrite("DELETE", p + "/variables/meetingId", null),
                new ForgedWrite("PUT", "/execution/" + instanceId + "/localVariables/memberIds",
                        "{\"value\":\"[\\\"" + actor + "\\\"]\",\"type\":\"Json\"}"),
                new ForgedWrite("POST", p + "/modification", "{\"instructions\":[{\"type\":\"startBeforeActivity\","
                        + "\"activityId\":\"service_send_invitations\"}]}"),
                new ForgedWrite("PUT", p + "/suspended", "{\"suspended\":true}"),
                new ForgedWrite("POST", p + "/comment/create", "{\"message\":\"Подложный комментарий\"}"),
                new ForgedWrite("DELETE", p, null),
                new ForgedWrite("POST", "/message", "{\"messageName\":\"assignment_cancelled\",\"processInstanceId\":\""
                        + instanceId + "\",\"processVariables\":{\"cancelReason\":{\"value\":\"подлог\"}}}"),
                new ForgedWrite("POST", "/signal", "{\"name\":\"assignment_reassigned\"}"));
    }

    /** Starts of the system's own processes, starts with variables the start form lacks, another cluster's starts. */
    static List<ForgedWrite> starts(String actor, String otherCluster, long signedMeetingId, long otherMeetingId,
                                    String protocolDefinitionId) {
        String d = "/process-definition";
        String schedule = "\"meetingDate\":{\"value\":\"" + java.time.LocalDate.now().plusWeeks(3) + "\"},"
                + "\"meetingTime\":{\"value\":\"14:00\"},\"meetingFormat\":{\"value\":\"IN_PERSON\"},"
                + "\"place\":{\"value\":\"Актовый зал\"},\"theme\":{\"value\":\"Подложное заседание\"}";
        return List.of(
                new ForgedWrite("POST", d + "/key/meetingProtocol/tenant-id/podosinovets/start",
                        "{\"variables\":{\"meetingId\":{\"value\":" + otherMeetingId + ",\"type\":\"Long\"}}}"),
                new ForgedWrite("POST", d + "/key/meetingProtocol/tenant-id/podosinovets/submit-form",
                        "{\"variables\":{\"meetingId\":{\"value\":" + signedMeetingId + ",\"type\":\"Long\"}}}"),
                new ForgedWrite("POST", d + "/" + protocolDefinitionId + "/start",
                        "{\"variables\":{\"meetingId\":{\"value\":" + signedMeetingId + ",\"type\":\"Long\"}}}"),
                new ForgedWrite("POST", d + "/key/assignmentFollowUp/tenant-id/podosinovets/start",
                        "{\"variables\":{\"assignmentId\":{\"value\":1,\"type\":\"Long\"}}}"),
                new ForgedWrite("POST", d + "/key/taskNotification/tenant-id/podosinovets/start",
                        "{\"variables\":{\"recipients\":{\"value\":\"[\\\"bykova\\\"]\",\"type\":\"Json\"}}}"),
                new ForgedWrite("POST", d + "/key/councilMeeting/tenant-id/podosinovets/submit-form",
                        "{\"variables\":{" + schedule + ",\"memberIds\":{\"value\":\"[\\\"bykova\\\"]\",\"type\":\"Json\"}}}"),
                new ForgedWrite("POST", d + "/key/councilMeeting/tenant-id/podosinovets/start",
                        "{\"businessKey\":\"assignment-1\",\"variables\":{" + schedule + "}}"),
                new ForgedWrite("POST", d + "/key/councilMeeting/tenant-id/" + otherCluster + "/submit-form",
                        "{\"variables\":{" + schedule + "}}"),
                new ForgedWrite("POST", d + "/key/workPlanApproval/tenant-id/podosinovets/submit-form",
                        "{\"variables\":{\"planYear\":{\"value\":2031,\"type\":\"Integer\"},"
                                + "\"planInitiator\":{\"value\":\"vorontsov\"}}}"),
                new ForgedWrite("POST", d + "/key/workPlanApproval/tenant-id/podosinovets/start",
                        "{\"variables\":{\"planYear\":{\"value\":2032,\"type\":\"Integer\"}},"
                                + "\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"service_approve_plan\"}]}"),
                new ForgedWrite("PUT", "/user/" + actor + "/profile",
                        "{\"id\":\"" + actor + "\",\"firstName\":\"Андрей Николаевич\",\"lastName\":\"Воронцов\"}"));
    }
}
