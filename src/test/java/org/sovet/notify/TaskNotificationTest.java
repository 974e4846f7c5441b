package org.sovet.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovet.plan.WorkPlanFixture.podosinovetsPlan;
import static org.sovet.support.Mails.recipient;

import jakarta.mail.internet.MimeMessage;
import java.time.Year;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.sovet.meeting.MeetingFixture;
import org.sovet.meeting.MeetingProcess;
import org.sovet.meeting.SessionItem;
import org.sovet.plan.PlanContent;
import org.sovet.plan.WorkPlanFixture;
import org.sovet.plan.WorkPlanProcess;
import org.sovet.support.Mails;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Everyone a task waits for gets an e-mail; nobody is told about what they just did. A step that opens many tasks
 * at once tells everyone through one notification, and each person in one mail.
 */
class TaskNotificationTest extends SovetTest {

    private static final int YEAR = Year.now(ZoneId.of("Europe/Kirov")).getValue();

    @Autowired WorkPlanFixture plan;
    @Autowired MeetingFixture meeting;
    @Autowired JdbcClient jdbc;

    @Test
    void shouldMailTheDirectorWhenAPlanAwaitsApproval() throws Exception {
        ProcessInstance instance = plan.start(YEAR);
        plan.draft(instance, podosinovetsPlan(), WorkPlanProcess.ACTION_SUBMIT);

        assertThat(scenario.runAllJobs()).isOne();

        MimeMessage mail = single();
        assertThat(mail.getAllRecipients()[0].toString()).contains("vorontsov@example.org");
        assertThat(mail.getSubject()).isEqualTo("Новая задача: Утвердить план работы кластера");
        assertThat(body(mail)).contains("План работы на " + YEAR + " год", "Образовательный кластер Подосиновского района",
                "Срок:", "Открыть задачу в списке задач");
    }

    @Test
    void shouldMailTheMethodistTheDirectorsRemarksButNotHerOwnSavedDraft() throws Exception {
        ProcessInstance instance = plan.start(YEAR);
        plan.draft(instance, new PlanContent("цель", java.util.List.of(), java.util.List.of()), WorkPlanProcess.ACTION_SAVE);
        assertThat(scenario.runAllJobs()).as("no mail for her own draft").isZero();

        plan.draft(instance, podosinovetsPlan(), WorkPlanProcess.ACTION_SUBMIT);
        plan.returnWithRemarks(instance, "Уточните сроки мероприятий.");
        scenario.runAllJobs();

        assertThat(Arrays.stream(MAIL.getReceivedMessages()).map(Mails::recipient))
                .containsExactlyInAnyOrder("vorontsov@example.org", "kolesnikova@example.org");
        MimeMessage toMethodist = Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> recipient(m).equals("kolesnikova@example.org")).findFirst().orElseThrow();
        assertThat(toMethodist.getSubject()).isEqualTo("Новая задача: Составить план работы кластера");
        assertThat(body(toMethodist)).contains("Здравствуйте, Ирина Петровна!", "Уточните сроки мероприятий.");
    }

    @Test
    void shouldTellEveryMemberOfTheirOwnProposalTaskThroughOneNotification() throws Exception {
        ProcessInstance scheduled = meeting.schedule();
        // the secretary scheduling the meeting is not told of her own proposal task
        List<String> proposals = meeting.tasks(scheduled, MeetingProcess.Elements.PROPOSE).stream()
                .filter(task -> !task.getAssignee().equals(MeetingFixture.SECRETARY)).map(Task::getId).toList();
        int members = proposals.size();

        assertThat(members).isGreaterThan(3);
        List<String> notifications = jdbc.sql("select distinct process_instance_id from task_notice where task_id in (:tasks)")
                .param("tasks", proposals).query(String.class).list();
        assertThat(notifications).as("one notification for the step's tasks, not one a task").hasSize(1);
        String notification = notifications.get(0);
        assertThat(notices(notification)).isEqualTo(members);
        var management = engine.getManagementService();
        management.executeJob(management.createJobQuery().processInstanceId(notification).singleResult().getId());

        assertThat(MAIL.getReceivedMessages()).hasSize(members);
        assertThat(Arrays.stream(MAIL.getReceivedMessages()).map(Mails::recipient).distinct()).hasSize(members);
        for (MimeMessage mail : MAIL.getReceivedMessages()) {
            assertThat(mail.getSubject()).isEqualTo("Новая задача: Предложить вопросы в повестку");
            assertThat(body(mail)).contains("Вас ждёт задача", "Срок:", "Открыть задачу в списке задач");
        }
        assertThat(notices(notification)).as("the tasks' words are dropped once the mails have gone").isZero();
    }

    @Test
    void shouldMailTheOwnerOfTwoAssignmentsOnceListingBoth() throws Exception {
        String due = "апрель " + (YEAR + 1) + " года";
        ProcessInstance held = meeting.held("IN_PERSON", List.of(MeetingFixture.item("Центр «Точка роста»", "Воронцов А.Н.", 10)),
                List.of("vorontsov", "kolesnikova", "zueva", "belyaev", "polyakova"));
        meeting.recordSession(held, null, List.of(new SessionItem("Центр «Точка роста»", "Воронцов А.Н.", null, null, List.of(
                new SessionItem.DecisionDraft("Беляеву С.И. составить график посещений центра.", "SIMPLE", 5, 0, 0, "Беляев С.И.", due, null),
                new SessionItem.DecisionDraft("Беляеву С.И. подготовить отчёт о работе центра.", "SIMPLE", 5, 0, 0, "Беляев С.И.", due, null)))));
        scenario.runAllJobs();
        MAIL.purgeEmailFromAllMailboxes();

        meeting.reviewAndSign(meeting.meetingId(held), "vorontsov", "kolesnikova");
        scenario.runAllJobs();

        List<MimeMessage> toOwner = Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> recipient(m).equals("belyaev@example.org")).filter(m -> subject(m).startsWith("Нов")).toList();
        assertThat(toOwner).hasSize(1);
        assertThat(toOwner.get(0).getSubject()).isEqualTo("Новые задачи (2): Исполнить поручение и отчитаться");
        assertThat(body(toOwner.get(0))).contains("Вас ждут задачи (2):", "Здравствуйте, Сергей Иванович!")
                .containsPattern("(?s)Исполнить поручение и отчитаться.*Исполнить поручение и отчитаться");
    }

    private int notices(String notification) {
        return jdbc.sql("select count(*) from task_notice where process_instance_id = ?").param(notification).query(Integer.class).single();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeMessage single() {
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
        return MAIL.getReceivedMessages()[0];
    }

    private static String body(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }
}
