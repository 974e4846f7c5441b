package org.sovet.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovet.meeting.MeetingFixture.item;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.sovet.protocol.ProtocolProcess;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Bad input through REST is refused with a clear message and changes nothing; protocols download by cluster. */
class MeetingRestTest extends SovetTest {

    @Autowired TestRestTemplate http;
    @Autowired MeetingFixture meeting;
    @Autowired SessionService sessions;
    @Autowired ManagementService management;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldRefuseVoteCountsOutOfRangeThroughRest() throws Exception {
        ProcessInstance instance = held();
        String taskId = meeting.task(instance, MeetingProcess.Elements.RECORD_SESSION).getId();
        var items = List.of(Map.of("title", "Анализ", "decisions", List.of(Map.of("text", "Решение", "kind", "SIMPLE",
                "votesFor", 9, "votesAgainst", 0, "votesAbstain", 0))));

        ResponseEntity<String> response = submit("kolesnikova", taskId, Map.of("sessionItems",
                Map.of("value", json.writeValueAsString(items), "type", "Json")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        var refusal = json.readTree(response.getBody());
        assertThat(refusal.get("message").asText()).contains("за, против и воздержались вместе — 9, а голосовать могли 5");
        assertThat(refusal.get("field").asText()).as("Tasklist shows the reason beside this field")
                .isEqualTo("sessionItems[0].decisions[0].votesFor");
        assertThat(refusal.get("problems")).extracting(problem -> problem.get("field").asText())
                .contains("sessionItems[0].decisions[0].votesFor");
        assertThat(meeting.task(instance, MeetingProcess.Elements.RECORD_SESSION).getId()).isEqualTo(taskId);
        assertThat(sessions.decisions(meetingId(instance))).isEmpty();
    }

    @Test
    void shouldLetNoOneButTheSignerSignAndServeTheSignedProtocolToItsClusterOnly() throws Exception {
        ProcessInstance instance = held();
        long meetingId = meetingId(instance);
        meeting.recordSession(instance, null, List.of(
                new SessionItem("Анализ работы кластера", "Воронцов А.Н.", "Слушали отчёт.", null,
                        List.of(new SessionItem.DecisionDraft("Принять к сведению.", "SIMPLE", 5, 0, 0, null, null, null)))));
        meeting.submit(meeting.protocolTask(meetingId, ProtocolProcess.Elements.REVIEW, null), MeetingFixture.SECRETARY, Map.of());
        String chairTask = meeting.protocolTask(meetingId, ProtocolProcess.Elements.SIGN, "vorontsov").getId();

        ResponseEntity<String> byMember = submit("belyaev", chairTask, Map.of("signDecision", Map.of("value", "sign")));
        assertThat(byMember.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(submit("vorontsov", chairTask, Map.of("signDecision", Map.of("value", "sign"))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        String secretaryTask = meeting.protocolTask(meetingId, ProtocolProcess.Elements.SIGN, "kolesnikova").getId();
        submit("kolesnikova", secretaryTask, Map.of("signDecision", Map.of("value", "sign")));
        meeting.freezeProtocols();

        var pdf = http.withBasicAuth("belyaev", "demo").getForEntity("/protocols/" + meetingId + "/document.pdf", byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(new String(pdf.getBody(), 0, 4)).isEqualTo("%PDF");
        var docx = http.withBasicAuth("belyaev", "demo").getForEntity("/protocols/" + meetingId + "/document.docx", byte[].class);
        assertThat(docx.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(new String(docx.getBody(), 0, 2)).isEqualTo("PK");
        var check = json.readTree(http.withBasicAuth("petrova", "demo").getForObject("/protocols/" + meetingId + "/verify", String.class));
        assertThat(check.get("signed").asBoolean()).isTrue();
        assertThat(check.get("valid").asBoolean()).isTrue();
        assertThat(http.withBasicAuth("bykova", "demo").getForEntity("/protocols/" + meetingId + "/document.pdf", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private ProcessInstance held() {
        ProcessInstance instance = meeting.schedule();
        management.executeJob(management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult().getId());
        meeting.compose(instance, List.of(item("Анализ работы кластера", "Воронцов А.Н.", 10)));
        meeting.reviewAgenda(instance, MeetingProcess.DECISION_APPROVE, null);
        management.createJobQuery().activityId(MeetingProcess.Elements.SEND_INVITATIONS).list()
                .forEach(j -> management.executeJob(j.getId()));
        meeting.manage(instance, MeetingProcess.ACTION_HOLD, null, null);
        meeting.recordAttendance(instance, List.of("vorontsov", "kolesnikova", "zueva", "belyaev", "polyakova"), List.of(), null);
        return instance;
    }

    private ResponseEntity<String> submit(String user, String taskId, Map<String, Object> variables) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + taskId + "/submit-form",
                new HttpEntity<>(json.writeValueAsString(Map.of("variables", variables)), headers), String.class);
    }

    private long meetingId(ProcessInstance instance) {
        return (Long) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(MeetingProcess.Vars.MEETING_ID).singleResult().getValue();
    }
}
