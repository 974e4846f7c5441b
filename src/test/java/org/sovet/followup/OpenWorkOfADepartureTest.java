package org.sovet.followup;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.DirectoryChanges;
import org.sovet.directory.PersonForm;
import org.sovet.meeting.MeetingFixture;
import org.sovet.meeting.MeetingProcess;
import org.sovet.notify.TaskNotificationProcess;
import org.sovet.support.MailText;
import org.sovet.support.Mails;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The open work of someone who leaves the council goes to whoever answers for it, who is told by e-mail. */
class OpenWorkOfADepartureTest extends SovetTest {

    @Autowired MeetingFixture meeting;
    @Autowired AssignmentService assignments;
    @Autowired DirectoryChanges changes;
    @Autowired ManagementService management;
    @Autowired JdbcClient jdbc;

    @Test
    void shouldGiveAnOwnersTaskToTheControllerWithANoticeWhenTheOwnerIsDeactivated() throws Exception {
        var assignment = assignments.ofMeeting(meeting.signedWithAssignment()).get(0);
        assertThat(assignment.ownerPersonId()).isEqualTo("vorontsov");
        assertThat(assignment.controllerId()).isEqualTo(MeetingFixture.SECRETARY);
        MAIL.purgeEmailFromAllMailboxes();

        changes.deactivate(MeetingFixture.SECRETARY, MeetingFixture.CLUSTER, "vorontsov");

        Task task = engine.getTaskService().createTaskQuery().processInstanceId(assignment.processInstanceId()).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(FollowUpProcess.Elements.CARRY_OUT);
        assertThat(task.getAssignee()).isEqualTo(MeetingFixture.SECRETARY);
        assertThat(assignments.find(assignment.id()).ownerPersonId()).isEqualTo(MeetingFixture.SECRETARY);
        assertThat(jdbc.sql("select handed_over_from from assignment where id = ?").param(assignment.id()).query(String.class).single())
                .as("the record says whose it was").isEqualTo("vorontsov");

        MimeMessage notice = noticeTo("kolesnikova@example.org");
        assertThat(Mails.subject(notice)).isEqualTo("Вам переданы задачи: Воронцов Андрей Николаевич");
        assertThat(MailText.html(notice)).contains("«Исполнить поручение и отчитаться» — поручение № " + assignment.id())
                .contains("график посещений Центра").doesNotContain("Составить повестку");
    }

    @Test
    void shouldGiveADeactivatedSecretarysOpenTaskToTheChairWithANotice() throws Exception {
        ProcessInstance instance = meeting.schedule();
        management.executeJob(management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult().getId());
        assertThat(meeting.task(instance, MeetingProcess.Elements.COMPOSE_AGENDA).getAssignee()).isEqualTo(MeetingFixture.SECRETARY);
        MAIL.purgeEmailFromAllMailboxes();

        changes.deactivate(MeetingFixture.CHAIR, MeetingFixture.CLUSTER, MeetingFixture.SECRETARY);

        assertThat(meeting.task(instance, MeetingProcess.Elements.COMPOSE_AGENDA).getAssignee()).isEqualTo(MeetingFixture.CHAIR);
        MimeMessage notice = noticeTo("vorontsov@example.org");
        assertThat(Mails.subject(notice)).isEqualTo("Вам переданы задачи: Колесникова Ирина Петровна");
        assertThat(MailText.html(notice)).contains("«Составить повестку заседания» — Заседание №");
    }

    @Test
    void shouldGiveALeavingControllersReviewToTheOtherKeeperRatherThanToTheOwner() throws Exception {
        var assignment = assignments.ofMeeting(meeting.signedWithAssignment()).get(0);
        meeting.submit(engine.getTaskService().createTaskQuery().processInstanceId(assignment.processInstanceId()).singleResult(),
                "vorontsov", Map.of("report", "График составлен."));
        String newSecretary = changes.addPerson(MeetingFixture.CHAIR, MeetingFixture.CLUSTER, new PersonForm(null, "Морозова", "Анна",
                "Сергеевна", "morozova@example.org", "методист", null), CouncilRole.SECRETARY, null, null);
        MAIL.purgeEmailFromAllMailboxes();

        changes.deactivate(MeetingFixture.CHAIR, MeetingFixture.CLUSTER, MeetingFixture.SECRETARY);

        Task review = engine.getTaskService().createTaskQuery().processInstanceId(assignment.processInstanceId()).singleResult();
        assertThat(review.getTaskDefinitionKey()).isEqualTo(FollowUpProcess.Elements.REVIEW);
        assertThat(review.getAssignee()).as("the chair owns the work: the other keeper controls it").isEqualTo(newSecretary);
        assertThat(assignments.find(assignment.id()).controllerId()).isEqualTo(newSecretary);
        assertThat(MailText.html(noticeTo("morozova@example.org"))).contains("«" + review.getName() + "» — поручение № " + assignment.id());
    }

    /** Runs the pending task-mail jobs and returns the one handover notice, which went to this address alone. */
    private MimeMessage noticeTo(String address) {
        management.createJobQuery().activityId(TaskNotificationProcess.Elements.SEND).list()
                .forEach(job -> management.executeJob(job.getId()));
        List<MimeMessage> notices = Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> Mails.subject(m).startsWith("Вам переданы задачи")).toList();
        assertThat(notices).extracting(Mails::recipient).containsExactly(address);
        return notices.get(0);
    }
}
