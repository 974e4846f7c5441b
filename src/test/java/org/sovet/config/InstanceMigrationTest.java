package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.sovet.meeting.MeetingFixture;
import org.sovet.meeting.MeetingProcess;
import org.sovet.plan.WorkPlanFixture;
import org.sovet.plan.WorkPlanProcess;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** A new version of the models reaches the work under way: running instances move to it and go on. */
class InstanceMigrationTest extends SovetTest {

    private static final String CLUSTER = "vpolyany";

    @Autowired InstanceMigration migration;
    @Autowired HistoryRetention retention;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired WorkPlanFixture plans;
    @Autowired MeetingFixture meetings;

    @Test
    void shouldMoveRunningPlansAndMeetingsToTheNewModelsAndCarryOn() throws IOException {
        // Вятские Поляны: the other clusters' tests keep their models at version 1
        ProcessInstance plan = plans.start(CLUSTER, LocalDate.now(ZoneId.of("Europe/Kirov")).getYear() + 1, "ustinov");
        ProcessInstance meeting = meetings.schedule(CLUSTER, "ustinov", Map.of(MeetingProcess.Vars.PLACE, "Лицей, актовый зал"));

        redeployModelsOf(CLUSTER);
        assertThat(migration.toLatest(CLUSTER)).isGreaterThanOrEqualTo(2);

        for (ProcessInstance instance : List.of(plan, meeting)) {
            String now = runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getProcessDefinitionId();
            String latest = repository.createProcessDefinitionQuery().processDefinitionKey(instance.getProcessDefinitionId().split(":")[0])
                    .tenantIdIn(CLUSTER).latestVersion().singleResult().getId();
            assertThat(now).isEqualTo(latest).isNotEqualTo(instance.getProcessDefinitionId());
        }
        plans.submit(plan, "ustinov", withAction(plans.formVariables(WorkPlanFixture.podosinovetsPlan())));
        assertThat(plans.task(plan).getTaskDefinitionKey()).isEqualTo(WorkPlanProcess.Elements.REVIEW_PLAN);
        meetings.propose(meeting, "orlova", List.of(MeetingFixture.item("О летнем лагере", "Орлова Н.В.", 5)));
        assertThat(meetings.tasks(meeting, MeetingProcess.Elements.PROPOSE)).extracting(t -> t.getAssignee()).doesNotContain("orlova");
    }

    @Test
    void shouldMoveTheInstancesThatCanAndLeaveOnlyTheOneWaitingAtAStepTheNewModelLacks() throws IOException {
        int year = LocalDate.now(ZoneId.of("Europe/Kirov")).getYear();
        ProcessInstance drafting = plans.start(CLUSTER, year, "ustinov");
        ProcessInstance reviewed = plans.start(CLUSTER, year + 2, "ustinov");
        plans.submit(reviewed, "ustinov", withAction(plans.formVariables(WorkPlanFixture.podosinovetsPlan())));
        try {
            // the new version has no step «user_draft_plan»: the plan still in draft cannot move, the one in review can
            redeployModelsOf(CLUSTER, text -> text.replace(WorkPlanProcess.Elements.DRAFT_PLAN, "user_draft_plan_renamed"));

            assertThat(migration.toLatest(CLUSTER)).as("every instance but the one in draft").isPositive();

            assertThat(definitionOf(reviewed)).isEqualTo(latest(WorkPlanProcess.KEY)).isNotEqualTo(reviewed.getProcessDefinitionId());
            assertThat(definitionOf(drafting)).as("stays on its version").isEqualTo(drafting.getProcessDefinitionId());
            assertThat(plans.task(reviewed).getTaskDefinitionKey()).isEqualTo(WorkPlanProcess.Elements.REVIEW_PLAN);
        } finally {
            runtime.deleteProcessInstance(drafting.getId(), "test over");
            runtime.deleteProcessInstance(reviewed.getId(), "test over");
            redeployModelsOf(CLUSTER);
        }
    }

    private String definitionOf(ProcessInstance instance) {
        return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getProcessDefinitionId();
    }

    private String latest(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).tenantIdIn(CLUSTER).latestVersion().singleResult().getId();
    }

    private static Map<String, Object> withAction(Map<String, Object> form) {
        var variables = new java.util.HashMap<>(form);
        variables.put(WorkPlanProcess.Vars.DRAFT_ACTION, WorkPlanProcess.ACTION_SUBMIT);
        return variables;
    }

    /** The same models with a comment added: a new version of each, behaving as before. */
    private void redeployModelsOf(String tenantId) throws IOException {
        redeployModelsOf(tenantId, UnaryOperator.identity());
    }

    /** A new version of each model, its BPMN changed as given. */
    private void redeployModelsOf(String tenantId, UnaryOperator<String> change) throws IOException {
        var deployment = repository.createDeployment().name("sovet-processes").source("sovet").tenantId(tenantId);
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.{bpmn,dmn,form}")) {
            try (InputStream in = resource.getInputStream()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                deployment.addString(resource.getFilename(),
                        resource.getFilename().endsWith(".bpmn") ? change.apply(text) + "\n<!-- a new version -->\n" : text);
            }
        }
        deployment.deploy();
        retention.applyTo(tenantId);
    }
}
