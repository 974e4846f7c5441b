package org.sovet.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.sovet.meeting.MeetingFixture.item;
import static org.sovet.meeting.MeetingProcess.Elements;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.sovet.protocol.ProtocolProcess;
import org.sovet.protocol.ProtocolService;
import org.sovet.support.SovetTest;
import org.sovet.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/** A meeting in writing: ballots until the deadline, counted, and the methodist's protocol. */
class WrittenMeetingTest extends SovetTest {

    private static final List<SessionItem> DRAFTS = List.of(
            new SessionItem("Анализ работы кластера", "Воронцов А.Н.", "Отчёт приложен.", null,
                    List.of(new SessionItem.DecisionDraft("Принять отчёт к сведению.", "SIMPLE", null, null, null, null, null, null))),
            new SessionItem("О методическом поезде", "Колесникова И.П.", null, null,
                    List.of(new SessionItem.DecisionDraft("Запланировать «Методический поезд».", "SIMPLE", null, null, null,
                            "Опорная школа", "в марте 2027 года", null))));

    @Autowired MeetingFixture meeting;
    @Autowired SessionService sessions;
    @Autowired WrittenVoteService votes;
    @Autowired ProtocolService protocols;
    @Autowired ManagementService management;
    @Autowired TestClock clock;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldCountTheBallotsOnceAllHaveVotedAndLetTheMethodistSignAlone() throws Exception {
        ProcessInstance instance = votingOpened();
        long meetingId = meetingId(instance);
        assertThat(meeting.tasks(instance, Elements.CAST_BALLOT)).hasSize(6);

        for (Task ballot : meeting.tasks(instance, Elements.CAST_BALLOT)) {
            vote(ballot, ballot.getAssignee().equals("shilov") ? "AGAINST" : "FOR");
        }
        assertThat(meeting.runJobs(Elements.CAST_BALLOT)).as("each ballot moves on in a job of its own").isEqualTo(6);
        meeting.assembleProtocols();

        assertThat(sessions.decisions(meetingId)).extracting(Decision::votesFor, Decision::votesAgainst, Decision::adopted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, 1, true), org.assertj.core.groups.Tuple.tuple(5, 1, true));
        var history = engine.getHistoryService();
        assertThat(history.createHistoricVariableInstanceQuery().variableName(MeetingProcess.Vars.BALLOT).count())
                .as("a member's choices are not in Camunda's history").isZero();
        assertThat(history.createHistoricDetailQuery().processInstanceId(instance.getId()).list()).noneMatch(detail ->
                detail instanceof HistoricVariableUpdate update && MeetingProcess.Vars.BALLOT.equals(update.getVariableName())
                        || detail instanceof HistoricFormField field && MeetingProcess.Vars.BALLOT.equals(field.getFieldId()));
        meeting.submit(meeting.protocolTask(meetingId, ProtocolProcess.Elements.REVIEW, null), MeetingFixture.SECRETARY, Map.of());
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(ProtocolProcess.Elements.SIGN).list())
                .extracting(Task::getAssignee).containsExactly(MeetingFixture.SECRETARY);
        meeting.submit(meeting.protocolTask(meetingId, ProtocolProcess.Elements.SIGN, MeetingFixture.SECRETARY),
                MeetingFixture.SECRETARY, Map.of("signDecision", "sign"));
        meeting.freezeProtocols();
        assertThat(protocols.verify(meetingId)).isTrue();
    }

    @Test
    void shouldCountAtTheDeadlineWhereTooFewBallotsMeanNoQuorum() {
        ProcessInstance instance = votingOpened();
        long meetingId = meetingId(instance);
        vote(ballotOf(instance, "belyaev"), "FOR");
        vote(ballotOf(instance, "zueva"), "FOR");

        Job deadline = management.createJobQuery().processInstanceId(instance.getId()).timers()
                .activityId(Elements.VOTING_DEADLINE).singleResult();
        management.executeJob(deadline.getId());

        assertThat(meeting.tasks(instance, Elements.CAST_BALLOT)).isEmpty();
        assertThat(instance).hasPassed(Elements.COUNT_BALLOTS);
        assertThat(sessions.decisions(meetingId)).allSatisfy(d -> {
            assertThat(d.votesFor()).isEqualTo(2);
            assertThat(d.adopted()).as("2 of 6 ballots is no quorum").isFalse();
        });
    }

    @Test
    void shouldRemindOnlyThoseWhoHaveNotVoted() throws Exception {
        ProcessInstance instance = votingOpened();
        vote(ballotOf(instance, "belyaev"), "FOR");

        Job reminder = management.createJobQuery().processInstanceId(instance.getId()).timers()
                .activityId(Elements.BALLOT_REMINDER).singleResult();
        management.executeJob(reminder.getId());
        MAIL.purgeEmailFromAllMailboxes();
        management.createJobQuery().activityId(Elements.REMIND_VOTERS).list().forEach(j -> management.executeJob(j.getId()));

        assertThat(Arrays.stream(MAIL.getReceivedMessages()).map(m -> {
            try {
                return m.getAllRecipients()[0].toString();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).hasSize(5).noneMatch(r -> r.contains("belyaev"));
        assertThat(MAIL.getReceivedMessages()[0].getSubject()).startsWith("Напоминание о заочном голосовании");
    }

    @Test
    void shouldRefuseASecondBallotABallotForSomeoneElseAndALateOne() {
        ProcessInstance instance = votingOpened();
        long meetingId = meetingId(instance);
        var ballot = List.of(new BallotItem("Анализ", List.of(new BallotItem.Choice("Принять", "FOR", null))),
                new BallotItem("Поезд", List.of(new BallotItem.Choice("Запланировать", "FOR", null))));

        assertThatThrownBy(() -> votes.cast(meetingId, "belyaev", "shilov", ballot)).hasMessageContaining("только своим бюллетенем");
        assertThatThrownBy(() -> votes.cast(meetingId, "krylova", "krylova", ballot)).hasMessageContaining("только члены Совета");
        votes.cast(meetingId, "belyaev", "belyaev", ballot);
        assertThatThrownBy(() -> votes.cast(meetingId, "belyaev", "belyaev", ballot)).hasMessageContaining("уже проголосовали");
        clock.advance(Duration.ofDays(30));
        assertThatThrownBy(() -> votes.cast(meetingId, "zueva", "zueva", ballot)).hasMessageContaining("Голосование закрыто");
    }

    private ProcessInstance votingOpened() {
        ProcessInstance instance = meeting.schedule(MeetingFixture.CLUSTER, MeetingFixture.SECRETARY, Map.of(
                MeetingProcess.Vars.FORMAT, "IN_WRITING",
                MeetingProcess.Vars.VOTING_DEADLINE, MeetingFixture.inTwoWeeks().plusDays(7).toString()));
        Job deadline = management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        management.executeJob(deadline.getId());
        meeting.compose(instance, List.of(item("Анализ работы кластера", "Воронцов А.Н.", 10),
                item("О методическом поезде", "Колесникова И.П.", 5)));
        meeting.reviewAgenda(instance, MeetingProcess.DECISION_APPROVE, null);
        management.createJobQuery().activityId(Elements.SEND_INVITATIONS).list().forEach(j -> management.executeJob(j.getId()));
        meeting.manage(instance, MeetingProcess.ACTION_HOLD, null, null);
        meeting.submit(meeting.task(instance, Elements.PREPARE_WRITTEN), MeetingFixture.SECRETARY,
                Map.of(MeetingProcess.Vars.SESSION_ITEMS, spin(DRAFTS)));
        return instance;
    }

    private void vote(Task ballot, String choice) {
        var filled = List.of(new BallotItem("Анализ работы кластера", List.of(new BallotItem.Choice("Принять отчёт к сведению.", choice, null))),
                new BallotItem("О методическом поезде", List.of(new BallotItem.Choice("Запланировать.", choice, "Поддерживаю"))));
        meeting.submit(ballot, ballot.getAssignee(), Map.of(MeetingProcess.Vars.BALLOT, spin(filled)));
    }

    private Task ballotOf(ProcessInstance instance, String member) {
        return meeting.tasks(instance, Elements.CAST_BALLOT).stream().filter(t -> t.getAssignee().equals(member)).findFirst().orElseThrow();
    }

    private Object spin(Object value) {
        try {
            return SpinValues.jsonValue(json.writeValueAsString(value)).create();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long meetingId(ProcessInstance instance) {
        return (Long) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(MeetingProcess.Vars.MEETING_ID).singleResult().getValue();
    }
}
