package org.sovet.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovet.meeting.MeetingProcess.Vars;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.sovet.support.EngineRest;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Speakers, guests and decision owners are picked from the cluster's directory and kept as the directory
 * names them; an outsider is typed as before. «Предложений нет» is an answer the secretary sees, and
 * «Порядок» orders the agenda.
 */
class PeoplePickersTest extends SovetTest {

    @Autowired MeetingFixture meeting;
    @Autowired MeetingService meetings;
    @Autowired SessionService sessions;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired EngineRest rest;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldOfferTheClustersPeopleAndOrganizationsWithATypedFallback() throws Exception {
        ProcessInstance instance = meeting.schedule();

        String options = runtime.getVariable(instance.getId(), Vars.PEOPLE_OPTIONS).toString();

        assertThat(json.readTree(options).findValuesAsText("label")).contains(
                "Воронцов А.Н. — директор КОГОБУ СШ пгт Подосиновец",
                "Крылова Е.А. — заведующая детской библиотекой, Детская библиотека",
                "РУО Подосиновского района (организация)",
                "Другой человек (ввести вручную)")
                .noneMatch(label -> label.contains("Никитина"));
    }

    @Test
    void shouldTellTheSecretaryWhoAnsweredNoProposalsAndWhoDidNotAnswer() {
        ProcessInstance instance = meeting.schedule();
        submit(proposalTask(instance, "belyaev"), "belyaev", Map.of(Vars.NO_PROPOSALS, true));
        submit(proposalTask(instance, "zueva"), "zueva", Map.of(Vars.PROPOSALS, jsonValue(List.of(Map.of(
                "title", "О мониторинге", "speakerPick", "person:zueva", "speakerPosition", "генерал", "minutes", 10)))));

        management.executeJob(management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult().getId());

        assertThat(runtime.getVariable(instance.getId(), Vars.PROPOSAL_ANSWERS).toString())
                .contains("**Ответили «Предложений нет»:** Беляев С.И.")
                .contains("**Не ответили:** Воронцов А.Н., Колесникова И.П., Полякова Н.В., Шилов О.П.")
                .doesNotContain("Зуева");
        assertThat(meetings.proposals(meeting.meetingId(instance))).singleElement().satisfies(proposal -> {
            assertThat(proposal.speakerId()).isEqualTo("zueva");
            assertThat(proposal.speakerName()).isEqualTo("Зуева Т.М.");
            assertThat(proposal.speakerPosition()).as("the directory's, not the client's").isEqualTo("начальник РУО Подосиновского района");
        });
    }

    @Test
    void shouldKeepPickedPeopleAsTheDirectoryNamesThemAndTheAgendaInTheGivenOrder() {
        ProcessInstance instance = meeting.schedule();
        management.executeJob(management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult().getId());
        submit(meeting.task(instance, MeetingProcess.Elements.COMPOSE_AGENDA), MeetingFixture.SECRETARY, Map.of(Vars.AGENDA,
                jsonValue(List.of(
                        row("Отчёт библиотеки", Map.of("speakerPick", "person:krylova", "minutes", 10, "order", 2)),
                        row("О работе РУО", Map.of("speakerPick", "org:pod-ruo", "coSpeakers",
                                List.of(Map.of("pick", "person:belyaev"), Map.of("pick", "other", "name", "Сидоров П.П.",
                                        "position", "специалист", "organization", "Сбербанк")))),
                        row("Анализ работы кластера", Map.of("speakerPick", "other", "speakerName", "Иванов И.И.", "order", 1))))));
        meeting.reviewAgenda(instance, MeetingProcess.DECISION_APPROVE, null);
        meeting.runJobs(MeetingProcess.Elements.SEND_INVITATIONS);
        meeting.manage(instance, MeetingProcess.ACTION_HOLD, null, null);
        meeting.recordAttendance(instance, Map.of(Vars.PRESENT, List.of("vorontsov", "kolesnikova", "zueva", "belyaev"),
                Vars.GUESTS, List.of(Map.of("pick", "person:krylova"))));
        long meetingId = meeting.meetingId(instance);

        assertThat(meetings.agenda(meetingId)).extracting(AgendaEntry::title)
                .containsExactly("Анализ работы кластера", "Отчёт библиотеки", "О работе РУО");
        var agenda = meetings.agenda(meetingId);
        assertThat(agenda.get(0).speakerName()).isEqualTo("Иванов И.И.");
        assertThat(List.of(agenda.get(1).speakerName(), agenda.get(1).speakerPosition(), agenda.get(1).speakerOrganization()))
                .containsExactly("Крылова Е.А.", "заведующая детской библиотекой", "Детская библиотека");
        assertThat(agenda.get(2).speakerName()).isEqualTo("РУО Подосиновского района");
        assertThat(agenda.get(2).coSpeakers()).containsExactly(new AgendaEntry.Speaker("Беляев С.И.", "директор МКУ ИМЦ", null),
                new AgendaEntry.Speaker("Сидоров П.П.", "специалист", "Сбербанк"));
        assertThat(sessions.guests(meetingId)).containsExactly(new Guest("Крылова Е.А.", "заведующая детской библиотекой",
                "Детская библиотека"));
    }

    @Test
    void shouldRecordADecisionOwnerPickedFromTheDirectory() {
        ProcessInstance instance = meeting.held("IN_PERSON", List.of(MeetingFixture.item("Анализ работы кластера", "Воронцов А.Н.", 10)),
                List.of("vorontsov", "kolesnikova", "zueva", "belyaev"));

        submit(meeting.task(instance, MeetingProcess.Elements.RECORD_SESSION), MeetingFixture.SECRETARY, Map.of(
                Vars.SESSION_ITEMS, jsonValue(List.of(Map.of("title", "Анализ работы кластера", "decisions", List.of(
                        Map.of("text", "Провести семинар.", "kind", "SIMPLE", "unanimous", true, "ownerPick", "person:belyaev",
                                "owner", "кто угодно"),
                        Map.of("kind", "SIMPLE", "unanimous", true)))))));

        assertThat(sessions.decisions(meeting.meetingId(instance))).singleElement().satisfies(decision -> {
            assertThat(decision.owner()).isEqualTo("Беляев С.И.");
            assertThat(List.of(decision.votesFor(), decision.votesAgainst(), decision.votesAbstain())).containsExactly(4, 0, 0);
        });
    }

    @Test
    void shouldRefuseThroughRestAPickOutsideTheClusterAndProposalsBesideNoProposals() throws Exception {
        ProcessInstance instance = meeting.schedule();
        Task proposal = proposalTask(instance, "belyaev");

        ResponseEntity<String> both = rest.submitTaskForm("belyaev", proposal.getId(), Map.of(Vars.NO_PROPOSALS, true,
                Vars.PROPOSALS, EngineRest.jsonVariable(List.of(Map.of("title", "О библиотеке", "minutes", 5)))));
        ResponseEntity<String> foreign = rest.submitTaskForm("belyaev", proposal.getId(), Map.of(
                Vars.PROPOSALS, EngineRest.jsonVariable(List.of(Map.of("title", "О библиотеке", "minutes", 5,
                        "speakerPick", "person:nikitina")))));

        assertThat(both.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rest.read(both).get("message").asText()).contains("Отмечено «Предложений нет», но предложения записаны");
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rest.read(foreign).get("message").asText())
                .contains("Вопрос 1, докладчик: выбранного нет в справочнике кластера");
        assertThat(proposalTask(instance, "belyaev")).as("the task stays open").isNotNull();
        assertThat(meetings.proposals(meeting.meetingId(instance))).isEmpty();
    }

    @Test
    void shouldRefuseASpeakerIdOutsideTheClusterAndNameAnUnnamedOneFromTheDirectory() throws Exception {
        ProcessInstance instance = meeting.schedule();
        Task proposal = proposalTask(instance, "belyaev");

        ResponseEntity<String> unknown = rest.submitTaskForm("belyaev", proposal.getId(), Map.of(
                Vars.PROPOSALS, EngineRest.jsonVariable(List.of(Map.of("title", "О библиотеке", "speakerId", "nobody")))));
        ResponseEntity<String> foreign = rest.submitTaskForm("belyaev", proposal.getId(), Map.of(
                Vars.PROPOSALS, EngineRest.jsonVariable(List.of(Map.of("title", "О библиотеке", "speakerPick", "other",
                        "speakerId", "nikitina", "speakerName", "Никитина")))));

        for (ResponseEntity<String> refused : List.of(unknown, foreign)) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(rest.read(refused).get("message").asText())
                    .contains("Вопрос 1, докладчик: выбранного нет в справочнике кластера");
        }
        assertThat(meetings.proposals(meeting.meetingId(instance))).isEmpty();

        ResponseEntity<String> unnamed = rest.submitTaskForm("belyaev", proposal.getId(), Map.of(
                Vars.PROPOSALS, EngineRest.jsonVariable(List.of(Map.of("title", "О библиотеке", "speakerId", "krylova")))));

        assertThat(unnamed.getStatusCode().is2xxSuccessful()).as(unnamed.getBody()).isTrue();
        assertThat(meetings.proposals(meeting.meetingId(instance))).singleElement()
                .satisfies(p -> assertThat(List.of(p.speakerId(), p.speakerName())).containsExactly("krylova", "Крылова Е.А."));
    }

    private Task proposalTask(ProcessInstance instance, String member) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(MeetingProcess.Elements.PROPOSE)
                .taskAssignee(member).singleResult();
    }

    private void submit(Task task, String user, Map<String, Object> variables) {
        meeting.submit(task, user, variables);
    }

    private static Map<String, Object> row(String title, Map<String, Object> fields) {
        Map<String, Object> row = new HashMap<>(fields);
        row.put("title", title);
        return row;
    }

    private Object jsonValue(Object value) {
        try {
            return SpinValues.jsonValue(json.writeValueAsString(value)).create();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
