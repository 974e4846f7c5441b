package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sovet.meeting.MeetingFixture.item;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.sovet.followup.AssignmentService;
import org.sovet.meeting.AgendaEntry;
import org.sovet.meeting.MeetingFixture;
import org.sovet.meeting.MeetingProcess;
import org.sovet.meeting.MeetingService;
import org.sovet.meeting.MeetingStatus;
import org.sovet.meeting.SessionItem;
import org.sovet.plan.PlanStatus;
import org.sovet.plan.WorkPlanFixture;
import org.sovet.plan.WorkPlanProcess;
import org.sovet.plan.WorkPlanService;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who a step is for and which record it is about come from the directory and the record bound to
 * the process at its start. Variables rewritten behind the forms' back (here with the engine's own
 * API, as an administrator could) change neither.
 */
class RecordBindingTest extends SovetTest {

    private static final int NEXT_YEAR = LocalDate.now(ZoneId.of("Europe/Kirov")).getYear() + 1;

    @Autowired MeetingFixture meetings;
    @Autowired WorkPlanFixture plans;
    @Autowired MeetingService meetingService;
    @Autowired WorkPlanService planService;
    @Autowired AssignmentService assignments;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired IdentityService identity;
    @Autowired JdbcTemplate jdbc;

    @Test
    void shouldKeepEachStepOnItsOwnMeetingAndPeopleWhateverTheVariablesSay() {
        ProcessInstance ours = meetings.schedule();
        ProcessInstance oparino = meetings.schedule("oparino", "bykova", Map.of(MeetingProcess.Vars.PLACE, "Опарино"));
        long oursId = meetingId(ours);
        long oparinoId = meetingId(oparino);
        runtime.setVariables(ours.getId(), Map.of("meetingId", oparinoId, "secretaryId", "belyaev",
                "secretaryGroup", "podosinovets-member", "chairGroup", "podosinovets-member", "memberIds", "[\"bykova\"]"));

        meetings.propose(ours, "belyaev", List.of(item("О летнем лагере", "Беляев А.А.", 5)));
        management.executeJob(management.createJobQuery().processInstanceId(ours.getId()).timers().singleResult().getId());

        assertThat(meetingService.proposals(oursId)).extracting(AgendaEntry::title).containsExactly("О летнем лагере");
        assertThat(meetingService.proposals(oparinoId)).isEmpty();
        Task compose = meetings.task(ours, MeetingProcess.Elements.COMPOSE_AGENDA);
        assertThat(compose.getAssignee()).isEqualTo("kolesnikova");
        assertThat(candidateGroups(compose)).containsExactly("podosinovets-secretary");
        meetings.compose(ours, List.of(item("О летнем лагере", "Беляев А.А.", 5)));
        assertThat(candidateGroups(meetings.task(ours, MeetingProcess.Elements.APPROVE_AGENDA))).containsExactly("podosinovets-chair");
        assertThat(meetingService.agenda(oparinoId)).isEmpty();
    }

    @Test
    void shouldNeverLetAnotherMeetingRewriteASignedOneAndGiveTheSecretarysOwnAssignmentToTheChair() {
        ProcessInstance signed = meetings.held("IN_PERSON", List.of(item("Итоги мониторинга", "Колесникова И.П.", 10)),
                List.of("vorontsov", "kolesnikova", "zueva", "belyaev", "polyakova"));
        meetings.recordSession(signed, null, List.of(new SessionItem("Итоги мониторинга", "Колесникова И.П.", null, null,
                List.of(new SessionItem.DecisionDraft("Колесниковой И.П. подготовить таблицы мониторинга.", "SIMPLE", 5, 0, 0,
                        "Колесникова И.П.", "май " + NEXT_YEAR + " года", null)))));
        long signedId = meetingId(signed);
        meetings.reviewAndSign(signedId, "vorontsov", "kolesnikova");
        var signedAgenda = meetingService.agenda(signedId);

        ProcessInstance next = meetings.schedule();
        long nextId = meetingId(next);
        runtime.setVariable(next.getId(), "meetingId", signedId);
        management.executeJob(management.createJobQuery().processInstanceId(next.getId()).timers().singleResult().getId());
        meetings.compose(next, List.of(item("Новый вопрос", "Воронцов А.Н.", 10)));

        assertThat(meetingService.meeting(signedId).status()).isEqualTo(MeetingStatus.SIGNED);
        assertThat(meetingService.agenda(signedId)).isEqualTo(signedAgenda);
        assertThat(meetingService.agenda(nextId)).extracting(AgendaEntry::title).contains("Новый вопрос");
        var own = assignments.ofMeeting(signedId).get(0);
        assertThat(own.ownerPersonId()).isEqualTo("kolesnikova");
        assertThat(own.controllerId()).as("nobody accepts a report on their own work").isEqualTo("vorontsov");
    }

    @Test
    void shouldNotLetTheAuthorApproveTheirOwnPlanUnlessTheCouncilSaysOnePersonHoldsBothRoles() {
        jdbc.update("insert into council_role (person_id, cluster_id, role) values ('kolesnikova', 'podosinovets', 'DIRECTOR')");
        identity.createMembership("kolesnikova", "podosinovets-director");
        try {
            ProcessInstance plan = plans.start(NEXT_YEAR);
            plans.draft(plan, WorkPlanFixture.podosinovetsPlan(), WorkPlanProcess.ACTION_SUBMIT);
            runtime.setVariable(plan.getId(), "directorGroup", "podosinovets-secretary");
            assertThat(candidateGroups(plans.task(plan))).containsExactly("podosinovets-director");

            var approval = Map.<String, Object>of(WorkPlanProcess.Vars.REVIEW_DECISION, WorkPlanProcess.DECISION_APPROVE,
                    WorkPlanProcess.Vars.ORDER_NUMBER, "5-од", WorkPlanProcess.Vars.ORDER_DATE, LocalDate.now(ZoneId.of("Europe/Kirov")).toString());
            assertThatThrownBy(() -> plans.submit(plan, "kolesnikova", approval))
                    .hasMessageContaining("Нельзя утвердить план, который вы составляли сами");
            jdbc.update("update council_setting set dual_roles_allowed = true where cluster_id = 'podosinovets'");
            plans.submit(plan, "kolesnikova", approval);
            long planId = (Long) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(plan.getId())
                    .variableName(WorkPlanProcess.Vars.PLAN_ID).singleResult().getValue();
            assertThat(planService.plan(planId).status()).isEqualTo(PlanStatus.APPROVED);
        } finally {
            jdbc.update("update council_setting set dual_roles_allowed = false where cluster_id = 'podosinovets'");
            identity.deleteMembership("kolesnikova", "podosinovets-director");
            jdbc.update("delete from council_role where person_id = 'kolesnikova' and role = 'DIRECTOR'");
        }
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).filter(g -> g != null).toList();
    }

    private long meetingId(ProcessInstance instance) {
        return (Long) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(MeetingProcess.Vars.MEETING_ID).singleResult().getValue();
    }
}
