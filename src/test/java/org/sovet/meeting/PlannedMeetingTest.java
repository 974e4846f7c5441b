package org.sovet.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.sovet.meeting.MeetingFixture.CLUSTER;
import static org.sovet.meeting.MeetingFixture.SECRETARY;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.sovet.meeting.PlannedMeetingProcess.Elements;
import org.sovet.plan.PlannedMeeting;
import org.sovet.plan.PlannedMeetings;
import org.sovet.plan.WorkPlanFixture;
import org.sovet.plan.WorkPlanProcess;
import org.sovet.support.EngineRest;
import org.sovet.support.SovetTest;
import org.sovet.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/** The approved plan's meetings come to the secretary as «Назначить заседание» four weeks before their month. */
class PlannedMeetingTest extends SovetTest {

    private static final ZoneId KIROV = ZoneId.of("Europe/Kirov");
    /** Next year's plan: every planned month lies ahead of the test's today. */
    private static final int YEAR = LocalDate.now(KIROV).getYear() + 1;

    @Autowired WorkPlanFixture plan;
    @Autowired MeetingFixture meeting;
    @Autowired PlannedMeetings plannedMeetings;
    @Autowired MeetingService meetings;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired EngineRest rest;
    @Autowired TestClock clock;

    @Test
    void shouldAskTheSecretaryFourWeeksBeforeTheMonthAndStartTheMeetingFromHerForm() {
        PlannedMeeting march = approvedPlanFirstMeeting();
        ProcessInstance process = processOf(march);
        assertThat(process.getTenantId()).isEqualTo(CLUSTER);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PlannedMeetingProcess.KEY).count())
                .as("one per planned meeting").isEqualTo(plannedMeetings.ofCluster(CLUSTER).size());

        Job ask = askTimer(process);
        assertThat(ask.getDuedate().toInstant()).isEqualTo(LocalDate.of(YEAR, 3, 1).minusWeeks(4).atTime(9, 0).atZone(KIROV).toInstant());
        Task task = askNow(process, ask);
        assertThat(task.getName()).isEqualTo("Назначить заседание");
        assertThat(tasks.getIdentityLinksForTask(task.getId())).anyMatch(link -> "podosinovets-secretary".equals(link.getGroupId()));
        assertThat(runtime.getVariable(process.getId(), MeetingProcess.Vars.DATE)).as("the form opens with the plan's date")
                .isEqualTo(march.plannedDate().toString());

        meeting.submit(task, SECRETARY, scheduleForm(march.plannedDate(), "Актовый зал"));

        assertThat(process).isEnded().hasPassed(Elements.END_SCHEDULED);
        Meeting scheduled = meetings.ofCluster(CLUSTER).get(0);
        assertThat(scheduled.plannedMeetingId()).isEqualTo(march.id());
        assertThat(scheduled.startsAt().atZone(KIROV).toLocalDate()).isEqualTo(march.plannedDate());
        assertThat(scheduled.createdBy()).isEqualTo(SECRETARY);
        assertThat(plannedMeetings.ofCluster(CLUSTER).get(0).status()).isEqualTo("SCHEDULED");
    }

    @Test
    void shouldRefuseAnIncompleteFormAndAMemberOfAnotherClusterAndStartNothing() {
        PlannedMeeting march = approvedPlanFirstMeeting();
        ProcessInstance process = processOf(march);
        Task task = askNow(process, askTimer(process));

        assertThatThrownBy(() -> meeting.submit(task, SECRETARY, scheduleForm(march.plannedDate(), null)))
                .hasMessageContaining("Для очного заседания укажите место проведения.");
        var otherClusters = rest.submitTaskForm("bykova", task.getId(), scheduleForm(march.plannedDate(), "Актовый зал"));
        assertThat(otherClusters.getStatusCode().is2xxSuccessful()).as(otherClusters.getBody()).isFalse();

        assertThat(process).isWaitingAt(Elements.SCHEDULE);
        assertThat(meetings.ofCluster(CLUSTER)).isEmpty();
        assertThat(plannedMeetings.ofCluster(CLUSTER).get(0).status()).isEqualTo("PLANNED");
    }

    @Test
    void shouldAskNothingWhenTheSecretaryScheduledThePlannedMeetingMeanwhile() {
        PlannedMeeting march = approvedPlanFirstMeeting();
        ProcessInstance process = processOf(march);
        meeting.schedule(CLUSTER, SECRETARY, Map.of(MeetingProcess.Vars.DATE, march.plannedDate().toString()));

        Job ask = askTimer(process);
        clock.advance(Duration.between(clock.instant(), ask.getDuedate().toInstant()));
        management.executeJob(ask.getId());

        assertThat(process).isEnded().hasPassed(Elements.END_ALREADY).hasNotPassed(Elements.SCHEDULE);
    }

    /** Podosinovets' plan for next year approved and mailed: its meetings in March, June, September and December. */
    private PlannedMeeting approvedPlanFirstMeeting() {
        ProcessInstance instance = plan.start(YEAR);
        plan.draft(instance, WorkPlanFixture.podosinovetsPlan(), WorkPlanProcess.ACTION_SUBMIT);
        plan.approve(instance, "1-од", LocalDate.now(KIROV));
        meeting.runJobs(WorkPlanProcess.Elements.SEND_PLAN);
        PlannedMeeting first = plannedMeetings.ofCluster(CLUSTER).get(0);
        assertThat(first.plannedDate().getMonthValue()).isEqualTo(3);
        return first;
    }

    private ProcessInstance processOf(PlannedMeeting planned) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey("planned-meeting-" + planned.id()).singleResult();
    }

    private Job askTimer(ProcessInstance process) {
        return management.createJobQuery().processInstanceId(process.getId()).activityId(Elements.ASK_SECRETARY).singleResult();
    }

    private Task askNow(ProcessInstance process, Job ask) {
        Instant due = ask.getDuedate().toInstant();
        clock.advance(Duration.between(clock.instant(), due));
        management.executeJob(ask.getId());
        return tasks.createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey(Elements.SCHEDULE).singleResult();
    }

    private static Map<String, Object> scheduleForm(LocalDate date, String place) {
        Map<String, Object> form = new HashMap<>();
        form.put(MeetingProcess.Vars.DATE, date.toString());
        form.put(MeetingProcess.Vars.TIME, "14:00");
        form.put(MeetingProcess.Vars.FORMAT, "IN_PERSON");
        form.put(MeetingProcess.Vars.PLACE, place);
        form.put(MeetingProcess.Vars.THEME, "Итоги первого полугодия");
        return form;
    }
}
