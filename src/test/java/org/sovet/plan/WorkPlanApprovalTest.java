package org.sovet.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.sovet.plan.WorkPlanFixture.CLUSTER;
import static org.sovet.plan.WorkPlanFixture.podosinovetsPlan;
import static org.sovet.plan.WorkPlanProcess.Elements;
import static org.sovet.plan.WorkPlanProcess.Vars;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.sovet.common.InputRejectedException;
import org.sovet.common.Problems;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.sovet.support.Mails;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;

class WorkPlanApprovalTest extends SovetTest {

    private static final int YEAR = Year.now(ZoneId.of("Europe/Kirov")).getValue();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Kirov"));

    @Autowired WorkPlanFixture plan;
    @Autowired WorkPlanService plans;
    @Autowired PlannedMeetings plannedMeetings;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired Directory directory;

    @Test
    void shouldApproveACompletePlanAtOnceAndRecordThePlannedMeetings() {
        ProcessInstance instance = plan.start(YEAR);
        assertThat(instance).isWaitingAt(Elements.DRAFT_PLAN);
        assertThat(plan.task(instance)).isAssignedTo(WorkPlanFixture.METHODIST);
        assertThat(taskService.getIdentityLinksForTask(plan.task(instance).getId()))
                .anyMatch(link -> "podosinovets-secretary".equals(link.getGroupId()));
        assertThat(instance.getTenantId()).isEqualTo(CLUSTER);

        plan.draft(instance, podosinovetsPlan(), WorkPlanProcess.ACTION_SUBMIT);
        assertThat(instance).isWaitingAt(Elements.REVIEW_PLAN);
        assertThat(plan.task(instance)).hasCandidateGroup("podosinovets-director").isNotAssigned();
        assertThat(plan.task(instance).getDueDate()).isInTheFuture();

        plan.approve(instance, "1-од", TODAY);
        long planId = planId(instance);
        WorkPlan approved = plans.plan(planId);
        assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(approved.orderNumber()).isEqualTo("1-од");
        assertThat(approved.orderDate()).isEqualTo(TODAY);
        assertThat(approved.approvedBy()).isEqualTo(WorkPlanFixture.DIRECTOR);
        assertThat(plans.content(planId)).isEqualTo(podosinovetsPlan());
        assertThat(plannedMeetings.ofCluster(CLUSTER)).extracting(m -> m.plannedDate().getMonthValue())
                .containsExactly(3, 6, 9, 12);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(Elements.SEND_PLAN).count()).as("one job mails the plan").isOne();
        scenario.runJobs(instance.getId());
        assertThat(Arrays.stream(MAIL.getReceivedMessages()).filter(m -> Mails.subject(m).startsWith("Утверждён план")).map(Mails::recipient))
                .as("every council member once, guests excluded")
                .containsExactlyInAnyOrderElementsOf(directory.councilMembers(CLUSTER).stream().map(Person::email).toList())
                .hasSize(6);
    }

    @Test
    void shouldReturnThePlanWithRemarksAndApproveItOnceFixed() {
        ProcessInstance instance = plan.start(YEAR);
        plan.draft(instance, podosinovetsPlan(), WorkPlanProcess.ACTION_SUBMIT);

        plan.returnWithRemarks(instance, "Добавьте мероприятия по профориентации.");
        assertThat(instance).isWaitingAt(Elements.DRAFT_PLAN).hasPassed(Elements.RETURN_PLAN);
        assertThat(plan.task(instance)).isAssignedTo(WorkPlanFixture.METHODIST);
        assertThat(runtimeService.getVariable(instance.getId(), Vars.REVIEW_REMARKS))
                .isEqualTo("Добавьте мероприятия по профориентации.");
        assertThat(plans.plan(planId(instance)).status()).isEqualTo(PlanStatus.RETURNED);

        PlanContent fixed = withExtraSection(podosinovetsPlan());
        plan.draft(instance, fixed, WorkPlanProcess.ACTION_SUBMIT);
        plan.approve(instance, "1-од", TODAY);

        long planId = planId(instance);
        assertThat(plans.plan(planId).status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(plans.content(planId)).isEqualTo(fixed);
        assertThat(plans.reviews(planId)).extracting(PlanReview::decision).containsExactly("RETURNED", "APPROVED");
        assertThat(plans.reviews(planId).get(0).remarks()).isEqualTo("Добавьте мероприятия по профориентации.");
    }

    @Test
    void shouldKeepASavedDraftAndContinueFromIt() {
        ProcessInstance instance = plan.start(YEAR);
        PlanContent partial = new PlanContent("повышение качества образования", List.of(), List.of());

        plan.draft(instance, partial, WorkPlanProcess.ACTION_SAVE);

        assertThat(instance).isWaitingAt(Elements.DRAFT_PLAN).hasPassed(Elements.SAVE_DRAFT);
        assertThat(plan.task(instance)).isAssignedTo(WorkPlanFixture.METHODIST);
        assertThat(plans.content(planId(instance)).goal()).isEqualTo("повышение качества образования");
        assertThat(runtimeService.getVariable(instance.getId(), Vars.GOAL)).isEqualTo("повышение качества образования");
        assertThat(plans.plan(planId(instance)).status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void shouldRefuseToSubmitAnEmptyPlanAndChangeNothing() {
        ProcessInstance instance = plan.start(YEAR);
        String taskId = plan.task(instance).getId();

        assertThatThrownBy(() -> plan.draft(instance, new PlanContent("", List.of(), List.of()), WorkPlanProcess.ACTION_SUBMIT))
                .hasMessageContaining("Укажите цель работы кластера.")
                .hasMessageContaining("План пуст: добавьте хотя бы один раздел с мероприятием.");

        assertThat(plan.task(instance).getId()).isEqualTo(taskId);
        assertThat(plans.plan(planId(instance)).status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plans.content(planId(instance)).sections()).isEmpty();
    }

    @Test
    void shouldRefuseAnItemWithoutPeriodOrResponsible() {
        ProcessInstance instance = plan.start(YEAR);
        PlanContent incomplete = new PlanContent("цель", List.of(new PlanContent.Task("задача")),
                List.of(new PlanContent.Section("1", "Раздел", List.of(new PlanContent.Item("1.1", "Мероприятие", " ", null, null)))));

        assertThatThrownBy(() -> plan.draft(instance, incomplete, WorkPlanProcess.ACTION_SUBMIT))
                .hasRootCauseInstanceOf(InputRejectedException.class)
                .hasMessageContaining("Раздел 1, мероприятие 1: укажите срок реализации.")
                .hasMessageContaining("Раздел 1, мероприятие 1: укажите ответственного.");
    }

    @Test
    void shouldTieEveryProblemToItsFieldThoughTheMessageNamesOnlyEight() {
        ProcessInstance instance = plan.start(YEAR);
        var blankItem = new PlanContent.Item(" ", " ", " ", " ", null);
        PlanContent blanks = new PlanContent("цель", List.of(new PlanContent.Task("задача")),
                List.of(new PlanContent.Section("1", "Раздел", List.of(blankItem, blankItem, blankItem))));

        assertThatThrownBy(() -> plan.draft(instance, blanks, WorkPlanProcess.ACTION_SUBMIT))
                .rootCause().hasMessageEndingWith("…и ещё 4 замечаний.")
                .isInstanceOfSatisfying(InputRejectedException.class, refusal -> {
                    assertThat(refusal.details()).hasSize(12).allSatisfy(problem -> assertThat(problem.field()).isNotNull());
                    assertThat(refusal.details()).extracting(Problems.Problem::field)
                            .contains("planSections[0].items[0].number", "planSections[0].items[2].responsible");
                });
    }

    @Test
    void shouldRefuseTextOverSaneLengthsEvenInADraft() {
        ProcessInstance instance = plan.start(YEAR);
        PlanContent oversized = new PlanContent("ц".repeat(PlanValidator.MAX_GOAL + 1), List.of(), List.of());

        assertThatThrownBy(() -> plan.draft(instance, oversized, WorkPlanProcess.ACTION_SAVE))
                .hasMessageContaining("Цель: слишком длинный текст (2001 знаков, допустимо 2000).");
        assertThat(plans.content(planId(instance)).goal()).isEmpty();
    }

    @Test
    void shouldRefuseAYearFarOffAndStartNothing() {
        assertThatThrownBy(() -> plan.start(YEAR + 10))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("План можно составить на год с");
        assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void shouldRefuseASecondPlanForTheSameYear() {
        plan.start(YEAR);

        assertThatThrownBy(() -> plan.start(YEAR))
                .hasMessageContaining("План на " + YEAR + " год уже готовится");
        assertThat(runtimeService.createProcessInstanceQuery().count()).isOne();
    }

    @Test
    void shouldRefuseAnOrderDatedBeforeTheDraftOrInTheFuture() {
        ProcessInstance instance = plan.start(YEAR);
        plan.draft(instance, podosinovetsPlan(), WorkPlanProcess.ACTION_SUBMIT);

        assertThatThrownBy(() -> plan.approve(instance, "1-од", TODAY.minusDays(3)))
                .hasMessageContaining("Дата приказа не может быть раньше начала работы над планом");
        assertThatThrownBy(() -> plan.approve(instance, "1-од", TODAY.plusDays(1)))
                .hasMessageContaining("Дата приказа не может быть позже сегодняшнего дня.");
        assertThatThrownBy(() -> plan.approve(instance, " ", TODAY))
                .hasMessageContaining("Укажите номер приказа");
        assertThatThrownBy(() -> plan.approve(instance, "1-од", null))
                .hasMessageContaining("Укажите дату приказа.");

        assertThat(instance).isWaitingAt(Elements.REVIEW_PLAN);
        assertThat(plans.plan(planId(instance)).status()).isEqualTo(PlanStatus.IN_REVIEW);
        assertThat(plannedMeetings.ofCluster(CLUSTER)).isEmpty();
    }

    @Test
    void shouldRefuseAReturnWithoutRemarks() {
        ProcessInstance instance = plan.start(YEAR);
        plan.draft(instance, podosinovetsPlan(), WorkPlanProcess.ACTION_SUBMIT);

        assertThatThrownBy(() -> plan.returnWithRemarks(instance, "  "))
                .hasMessageContaining("Напишите замечания");
        assertThat(instance).isWaitingAt(Elements.REVIEW_PLAN);
    }

    @Test
    void shouldNeverChangeAnApprovedPlan() {
        ProcessInstance instance = plan.start(YEAR);
        plan.draft(instance, podosinovetsPlan(), WorkPlanProcess.ACTION_SUBMIT);
        plan.approve(instance, "1-од", TODAY);
        long planId = planId(instance);

        assertThatThrownBy(() -> plans.saveDraft(planId, new PlanContent("другая цель", List.of(), List.of())))
                .hasMessageContaining("изменить его нельзя");
        assertThatThrownBy(() -> plans.approve(planId, "2-од", TODAY, WorkPlanFixture.DIRECTOR))
                .hasMessageContaining("утвердить его нельзя");
        assertThat(plans.content(planId)).isEqualTo(podosinovetsPlan());
        assertThat(plans.plan(planId).orderNumber()).isEqualTo("1-од");
    }

    @Test
    void shouldStartNextYearsDraftFromTheLastApprovedPlan() {
        ProcessInstance approved = plan.start(YEAR);
        plan.draft(approved, podosinovetsPlan(), WorkPlanProcess.ACTION_SUBMIT);
        plan.approve(approved, "1-од", TODAY);

        ProcessInstance next = plan.start(YEAR + 1);

        assertThat(runtimeService.getVariable(next.getId(), Vars.GOAL)).isEqualTo(podosinovetsPlan().goal());
        assertThat(runtimeService.getVariable(next.getId(), Vars.SECTIONS).toString()).contains("Окружные педагогические чтения");
    }

    @Test
    void shouldFreeTheYearWhenTheApprovalIsCancelled() {
        ProcessInstance instance = plan.start(YEAR);
        long planId = planId(instance);

        runtimeService.deleteProcessInstance(instance.getId(), "отменено методистом");

        assertThat(plans.plan(planId).status()).isEqualTo(PlanStatus.WITHDRAWN);
        assertThat(plan.start(YEAR)).isNotNull();
    }

    private long planId(ProcessInstance instance) {
        return (Long) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(Vars.PLAN_ID).singleResult().getValue();
    }

    private static PlanContent withExtraSection(PlanContent plan) {
        var sections = new java.util.ArrayList<>(plan.sections());
        sections.add(new PlanContent.Section("4.3", "Профориентационное направление", List.of(
                new PlanContent.Item("4.3.1", "Экскурсии в учебные заведения г. Кирова", "В течение года",
                        "Методист опорной школы", "Информационные материалы"))));
        return new PlanContent(plan.goal(), plan.tasks(), sections);
    }
}
