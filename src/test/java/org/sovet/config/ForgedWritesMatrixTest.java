package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovet.meeting.MeetingFixture.item;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovet.followup.FollowUpProcess;
import org.sovet.meeting.MeetingFixture;
import org.sovet.meeting.MeetingProcess;
import org.sovet.meeting.SessionItem;
import org.sovet.plan.WorkPlanFixture;
import org.sovet.plan.WorkPlanProcess;
import org.sovet.protocol.ProtocolProcess;
import org.sovet.support.RecordedState;
import org.sovet.support.EngineRest;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every write the engine's REST API offers a logged-in person, forged by every kind of person
 * against their own task, someone else's task and another cluster's records: each is refused
 * (400, 403 or 404, never 500) and changes nothing in the record, the documents or the engine.
 */
class ForgedWritesMatrixTest extends SovetTest {

    private static final int NEXT_YEAR = LocalDate.now(ZoneId.of("Europe/Kirov")).getYear() + 1;
    /** member, secretary, chair and director (one person here), curator, supervisor, another cluster's secretary. */
    private static final List<String> ACTORS = List.of("belyaev", "kolesnikova", "vorontsov", "zueva", "petrova", "bykova");

    @Autowired WorkPlanFixture plans;
    @Autowired MeetingFixture meetings;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired RepositoryService repository;
    @Autowired RecordedState state;
    @Autowired EngineRest rest;

    private Task planReview;
    private Task oparinoProposal;
    private ProcessInstance proposals;
    private ProcessInstance oparinoMeeting;
    private ProcessInstance followUp;
    private long signedMeetingId;
    private long oparinoMeetingId;

    @BeforeEach
    void aClusterAtWorkAndAnotherCluster() {
        var review = plans.start(NEXT_YEAR);
        plans.draft(review, WorkPlanFixture.podosinovetsPlan(), WorkPlanProcess.ACTION_SUBMIT);
        planReview = plans.task(review);
        var draft = plans.start(NEXT_YEAR + 1);
        plans.draft(draft, WorkPlanFixture.podosinovetsPlan(), WorkPlanProcess.ACTION_SAVE);
        followUp = signedMeetingWithAnAssignmentForBelyaev();
        proposals = meetings.schedule();
        oparinoMeeting = meetings.schedule("oparino", "bykova", Map.of(MeetingProcess.Vars.PLACE, "КОГОБУ СШ пгт Опарино"));
        oparinoMeetingId = meetingId(oparinoMeeting);
        oparinoProposal = tasks.createTaskQuery().processInstanceId(oparinoMeeting.getId()).taskAssignee("gerasimov").singleResult();
    }

    @Test
    void shouldRefuseEveryForgedWriteAndChangeNothing() {
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (String actor : ACTORS) {
            for (ForgedWrite write : writesOf(actor)) {
                String before = state.fingerprint();
                int status = write.sendAs(actor, rest);
                tried++;
                String after = state.fingerprint();
                if (!(status == 400 || status == 403 || status == 404) || !before.equals(after)) {
                    failures.add(actor + " " + write + " → " + status + (before.equals(after) ? "" : ", state changed"));
                }
            }
        }
        System.out.printf("Forged writes tried: %d, refused without a change: %d%n", tried, tried - failures.size());
        assertThat(failures).as("forged writes that were not refused or changed something").isEmpty();
        assertThat(tried).isGreaterThan(350);
    }

    private List<ForgedWrite> writesOf(String actor) {
        List<ForgedWrite> writes = new ArrayList<>();
        for (Task own : ownTasks(actor)) {
            writes.addAll(ForgedWrite.onTask(own.getId(), actor, oparinoMeetingId, true));
        }
        writes.addAll(ForgedWrite.onTask(othersTask(actor).getId(), actor, oparinoMeetingId, false));
        writes.addAll(ForgedWrite.onTask(otherClustersTask(actor).getId(), actor, oparinoMeetingId, false));
        for (ProcessInstance instance : List.of(proposals, followUp, oparinoMeeting)) {
            writes.addAll(ForgedWrite.onInstance(instance.getId(), actor, oparinoMeetingId));
        }
        String protocolDefinition = repository.createProcessDefinitionQuery().processDefinitionKey(ProtocolProcess.KEY)
                .tenantIdIn("podosinovets").latestVersion().singleResult().getId();
        writes.addAll(ForgedWrite.starts(actor, "bykova".equals(actor) ? "podosinovets" : "oparino", signedMeetingId,
                oparinoMeetingId, protocolDefinition));
        return writes;
    }

    private List<Task> ownTasks(String actor) {
        return tasks.createTaskQuery().or().taskAssignee(actor).taskCandidateUser(actor).endOr().list();
    }

    private Task othersTask(String actor) {
        boolean director = ownTasks(actor).stream().anyMatch(t -> t.getId().equals(planReview.getId()));
        return director ? tasks.createTaskQuery().processInstanceId(proposals.getId()).taskAssignee("belyaev").singleResult() : planReview;
    }

    private Task otherClustersTask(String actor) {
        return "bykova".equals(actor) ? planReview : oparinoProposal;
    }

    private ProcessInstance signedMeetingWithAnAssignmentForBelyaev() {
        var present = List.of("vorontsov", "kolesnikova", "zueva", "belyaev", "polyakova");
        var instance = meetings.held("IN_PERSON", List.of(item("Центр «Точка роста»", "Воронцов А.Н.", 10)), present);
        meetings.recordSession(instance, null, List.of(new SessionItem("Центр «Точка роста»", "Воронцов А.Н.", null, null,
                List.of(new SessionItem.DecisionDraft("Беляеву А.А. подготовить отчёт о работе центра.", "SIMPLE", 5, 0, 0,
                        "Беляев А.А.", "апрель " + NEXT_YEAR + " года", null)))));
        signedMeetingId = meetingId(instance);
        meetings.reviewAndSign(signedMeetingId, "vorontsov", "kolesnikova");
        Task carryOut = tasks.createTaskQuery().processDefinitionKey(FollowUpProcess.KEY).taskAssignee("belyaev").singleResult();
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(carryOut.getProcessInstanceId()).singleResult();
    }

    private long meetingId(ProcessInstance instance) {
        return (Long) history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(MeetingProcess.Vars.MEETING_ID).singleResult().getValue();
    }
}
