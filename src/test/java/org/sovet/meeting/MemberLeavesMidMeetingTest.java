package org.sovet.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovet.meeting.MeetingFixture.item;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.Directory;
import org.sovet.directory.DirectoryChange;
import org.sovet.directory.DirectoryChanges;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A member who leaves the council mid-meeting loses their tasks, and the council counts without them from then on. */
class MemberLeavesMidMeetingTest extends SovetTest {

    private static final String CLUSTER = MeetingFixture.CLUSTER;
    private static final String BALLOT = "[{\"title\":\"Анализ работы кластера\",\"decisions\":[{\"text\":\"Принять отчёт к сведению.\",\"choice\":\"FOR\"}]}]";

    @Autowired MeetingFixture meeting;
    @Autowired DirectoryChanges changes;
    @Autowired Directory directory;
    @Autowired SessionService sessions;

    @Test
    void shouldTakeTheBallotFromAMemberRemovedMidVoteAndCountTheOthersWithOneMemberFewer() {
        ProcessInstance instance = votingOpened();
        long meetingId = meeting.meetingId(instance);
        assertThat(ballots(instance)).hasSize(6).contains("belyaev");
        vote(instance, "polyakova");

        changes.endRole(MeetingFixture.SECRETARY, CLUSTER, "belyaev", CouncilRole.MEMBER, null);

        assertThat(ballots(instance)).hasSize(4).doesNotContain("belyaev", "polyakova");
        for (String member : ballots(instance)) {
            vote(instance, member);
        }
        assertThat(meeting.runJobs(MeetingProcess.Elements.CAST_BALLOT)).as("each ballot moves on in its own job").isEqualTo(5);

        assertThat(meeting.tasks(instance, MeetingProcess.Elements.CAST_BALLOT)).isEmpty();
        assertThat(sessions.quorum(meetingId)).hasValueSatisfying(quorum -> {
            assertThat(quorum.votingMembers()).as("six members before, five since belyaev left").isEqualTo(5);
            assertThat(quorum.present()).isEqualTo(5);
            assertThat(quorum.reached()).isTrue();
        });
        assertThat(sessions.decisions(meetingId)).singleElement().satisfies(d -> {
            assertThat(d.votesFor()).isEqualTo(5);
            assertThat(d.adopted()).isTrue();
        });
        assertThat(directory.changes(CLUSTER)).first().satisfies(change -> {
            assertThat(change.action()).isEqualTo("ROLE_ENDED");
            assertThat(change.subjectId()).isEqualTo("belyaev");
            assertThat(change.changedBy()).isEqualTo(MeetingFixture.SECRETARY);
        });
    }

    @Test
    void shouldCountAtOnceWhenTheMemberWhoLeftWasTheLastOneAwaitedAndKeepABallotCastBeforeLeaving() {
        ProcessInstance instance = votingOpened();
        long meetingId = meeting.meetingId(instance);
        for (String member : ballots(instance)) {
            if (!member.equals("shilov")) {
                vote(instance, member);
            }
        }
        meeting.runJobs(MeetingProcess.Elements.CAST_BALLOT);

        changes.deactivate(MeetingFixture.SECRETARY, CLUSTER, "zueva");
        assertThat(meeting.tasks(instance, MeetingProcess.Elements.CAST_BALLOT)).hasSize(1);
        changes.deactivate(MeetingFixture.SECRETARY, CLUSTER, "shilov");

        assertThat(meeting.tasks(instance, MeetingProcess.Elements.CAST_BALLOT)).isEmpty();
        assertThat(sessions.quorum(meetingId)).as("zueva's ballot, cast before she left, still counts")
                .hasValueSatisfying(quorum -> {
                    assertThat(quorum.present()).isEqualTo(5);
                    assertThat(quorum.votingMembers()).isEqualTo(5);
                });
        assertThat(sessions.decisions(meetingId)).singleElement().satisfies(d -> assertThat(d.votesFor()).isEqualTo(5));
    }

    @Test
    void shouldTakeTheAgendaProposalFromAMemberWhoLeaves() {
        ProcessInstance instance = meeting.schedule();
        assertThat(meeting.tasks(instance, MeetingProcess.Elements.PROPOSE)).extracting(Task::getAssignee).contains("belyaev");

        changes.endRole(MeetingFixture.SECRETARY, CLUSTER, "belyaev", CouncilRole.MEMBER, null);

        assertThat(meeting.tasks(instance, MeetingProcess.Elements.PROPOSE)).hasSize(5)
                .extracting(Task::getAssignee).doesNotContain("belyaev");
    }

    @Test
    void shouldCountTheQuorumOfAMeetingInPersonOnTheMembersAtTheTimeOfTheAttendance() {
        ProcessInstance instance = meeting.invited("IN_PERSON", List.of(item("Анализ работы кластера", "Воронцов А.Н.", 10)));
        changes.endRole(MeetingFixture.SECRETARY, CLUSTER, "belyaev", CouncilRole.MEMBER, null);

        meeting.manage(instance, MeetingProcess.ACTION_HOLD, null, null);
        meeting.recordAttendance(instance, List.of("vorontsov", "kolesnikova", "zueva"), List.of(), null);

        assertThat(sessions.quorum(meeting.meetingId(instance))).hasValueSatisfying(quorum -> {
            assertThat(quorum.votingMembers()).as("belyaev left before the attendance was recorded").isEqualTo(5);
            assertThat(quorum.present()).isEqualTo(3);
        });
    }

    private ProcessInstance votingOpened() {
        return meeting.votingOpened(CLUSTER, MeetingFixture.SECRETARY, MeetingFixture.CHAIR,
                List.of(item("Анализ работы кластера", "Воронцов А.Н.", 10)),
                List.of(new SessionItem("Анализ работы кластера", "Воронцов А.Н.", null, null, List.of(
                        new SessionItem.DecisionDraft("Принять отчёт к сведению.", "SIMPLE", null, null, null, null, null, null)))));
    }

    private List<String> ballots(ProcessInstance instance) {
        return meeting.tasks(instance, MeetingProcess.Elements.CAST_BALLOT).stream().map(Task::getAssignee).toList();
    }

    private void vote(ProcessInstance instance, String member) {
        Task ballot = meeting.tasks(instance, MeetingProcess.Elements.CAST_BALLOT).stream()
                .filter(t -> t.getAssignee().equals(member)).findFirst().orElseThrow();
        meeting.submit(ballot, member, Map.of(MeetingProcess.Vars.BALLOT, SpinValues.jsonValue(BALLOT).create()));
    }
}
