package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovet.config.EngineWrite.Kind;
import org.sovet.plan.WorkPlanFixture;
import org.sovet.support.EngineRest;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * What Tasklist hides, the server refuses: a person may not set a due date, a follow-up date or a
 * priority, create a task or add candidate groups, not even on their own task.
 */
class TaskMetadataWritesTest extends SovetTest {

    private static final String SECRETARY = WorkPlanFixture.METHODIST;
    private static final String REFUSAL = "Это действие недоступно: данные процесса меняются только формами задач.";

    @Autowired WorkPlanFixture plan;
    @Autowired TaskService tasks;
    @Autowired EngineRest rest;

    private Task draft;

    @BeforeEach
    void theSecretaryDraftsAPlan() {
        draft = plan.task(plan.start(Year.now(ZoneId.of("Europe/Kirov")).getValue() + 1));
    }

    @Test
    void shouldRefuseDueFollowUpAndPriorityOnTheSecretarysOwnTask() {
        String task = "/task/" + draft.getId();

        assertRefused(rest.send(SECRETARY, HttpMethod.PUT, task, Map.of("name", draft.getName(), "due", "2030-01-01T10:00:00.000+0300")));
        assertRefused(rest.send(SECRETARY, HttpMethod.PUT, task, Map.of("name", draft.getName(), "followUp", "2030-01-01T10:00:00.000+0300")));
        assertRefused(rest.send(SECRETARY, HttpMethod.PUT, task, Map.of("name", draft.getName(), "priority", 99)));

        Task after = tasks.createTaskQuery().taskId(draft.getId()).singleResult();
        assertThat(after.getDueDate()).isEqualTo(draft.getDueDate());
        assertThat(after.getFollowUpDate()).isNull();
        assertThat(after.getPriority()).isEqualTo(draft.getPriority());
    }

    @Test
    void shouldRefuseCreatingATaskAndAddingCandidateGroups() {
        long before = tasks.createTaskQuery().count();

        assertRefused(rest.post(SECRETARY, "/task/create", Map.of("name", "Своя задача", "assignee", SECRETARY)));
        assertRefused(rest.post(SECRETARY, "/task/" + draft.getId() + "/identity-links",
                Map.of("groupId", "podosinovets-member", "type", "candidate")));

        assertThat(tasks.createTaskQuery().count()).isEqualTo(before);
        assertThat(tasks.getIdentityLinksForTask(draft.getId())).noneMatch(link -> "podosinovets-member".equals(link.getGroupId()));
    }

    @Test
    void shouldRefuseTheSameWritesOnTasklistsOwnApi() {
        String engine = "/camunda/api/engine/engine/default";
        assertThat(EngineWrite.of("PUT", engine + "/task/" + draft.getId()).kind()).isEqualTo(Kind.REFUSED);
        assertThat(EngineWrite.of("POST", engine + "/task/create").kind()).isEqualTo(Kind.REFUSED);
        assertThat(EngineWrite.of("POST", engine + "/task/" + draft.getId() + "/identity-links").kind()).isEqualTo(Kind.REFUSED);
    }

    private void assertRefused(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(403);
        assertThat(rest.read(response).path("message").asText()).contains(REFUSAL);
    }
}
