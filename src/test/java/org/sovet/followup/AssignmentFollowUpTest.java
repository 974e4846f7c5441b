package org.sovet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sovet.meeting.MeetingFixture.item;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.sovet.document.UploadSamples;
import org.sovet.meeting.MeetingFixture;
import org.sovet.meeting.MeetingProcess;
import org.sovet.meeting.SessionItem;
import org.sovet.support.MailText;
import org.sovet.support.Mails;
import org.sovet.support.SessionClient;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Each adopted decision that names who and by when is followed up until the controller accepts it. */
class AssignmentFollowUpTest extends SovetTest {

    private static final int NEXT_YEAR = LocalDate.now(ZoneId.of("Europe/Kirov")).getYear() + 1;
    private static final List<String> PRESENT = List.of("vorontsov", "kolesnikova", "zueva", "belyaev", "polyakova");

    @Autowired MeetingFixture meeting;
    @Autowired AssignmentService assignments;
    @Autowired ManagementService management;
    @Autowired TaskService tasks;
    @Autowired AssignmentChanges changes;
    @Autowired org.springframework.boot.test.web.client.TestRestTemplate http;

    @Test
    void shouldGiveTheAnchorSchoolsHeadATaskDueOnTheLastDayOfTheMonth() {
        Task task = assignmentTask();

        assertThat(task.getAssignee()).as("«Опорной школе» means its director").isEqualTo("vorontsov");
        assertThat(task.getDueDate().toInstant().atZone(ZoneId.of("Europe/Kirov")).toLocalDate())
                .isEqualTo(LocalDate.of(NEXT_YEAR, 4, 30));
        var assignment = assignments.find((Long) tasks.getVariable(task.getId(), FollowUpProcess.Vars.ASSIGNMENT_ID));
        assertThat(assignment.controllerId()).isEqualTo(MeetingFixture.SECRETARY);
        assertThat(assignment.status()).isEqualTo("OPEN");
    }

    @Test
    void shouldRemindTheOwnerBeforeAndOnTheDueDateAndEscalateWhenOverdue() throws Exception {
        Task task = assignmentTask();
        long id = (Long) tasks.getVariable(task.getId(), FollowUpProcess.Vars.ASSIGNMENT_ID);

        assertThat(fire(task, FollowUpProcess.Elements.REMINDER, FollowUpProcess.Elements.SEND_REMINDER)).containsExactly("vorontsov@example.org");
        assertThat(MAIL.getReceivedMessages()[0].getSubject()).startsWith("Напоминание: срок поручения 30 апреля " + NEXT_YEAR);
        assertThat(MailText.html(MAIL.getReceivedMessages()[0])).as("the chair follows the assignments: the page shows just this one")
                .contains("/assignments?cluster=podosinovets&amp;id=" + id);
        assertThat(fire(task, FollowUpProcess.Elements.DUE, FollowUpProcess.Elements.SEND_DUE)).containsExactly("vorontsov@example.org");
        assertThat(fire(task, FollowUpProcess.Elements.OVERDUE, FollowUpProcess.Elements.ESCALATE))
                .containsExactlyInAnyOrder("kolesnikova@example.org", "vorontsov@example.org");
        assertThat(MAIL.getReceivedMessages()[0].getSubject()).startsWith("Просрочено поручение");
        assertThat(assignments.find(id).overdue()).isTrue();
    }

    @Test
    void shouldReturnAReportWithRemarksThenAcceptItAndRemindNoMore() {
        Task task = assignmentTask();
        long id = (Long) tasks.getVariable(task.getId(), FollowUpProcess.Vars.ASSIGNMENT_ID);
        String instanceId = task.getProcessInstanceId();

        assertThatThrownBy(() -> meeting.submit(task, "vorontsov", Map.of("report", " "))).hasMessageContaining("Напишите, что сделано");
        meeting.submit(task, "vorontsov", Map.of("report", "График составлен (Приложение 2)."));
        Task review = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
        assertThat(review.getAssignee()).isEqualTo(MeetingFixture.SECRETARY);
        meeting.submit(review, MeetingFixture.SECRETARY, Map.of("verdict", "return", "reviewRemarks", "Приложите сам график."));

        Task again = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
        assertThat(again.getTaskDefinitionKey()).isEqualTo(FollowUpProcess.Elements.CARRY_OUT);
        assertThat(tasks.getVariable(again.getId(), "reviewRemarks")).isEqualTo("Приложите сам график.");
        meeting.submit(again, "vorontsov", Map.of("report", "График приложен."));
        meeting.submit(tasks.createTaskQuery().processInstanceId(instanceId).singleResult(), MeetingFixture.SECRETARY,
                Map.of("verdict", "accept"));

        assertThat(assignments.find(id).status()).isEqualTo("DONE");
        assertThat(management.createJobQuery().processInstanceId(instanceId).count()).as("no reminder once done").isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
    }

    @Test
    void shouldPutTheReportOnEarlierDecisionsOnTheNextMeetingsAgenda() {
        assignmentTask();

        var next = meeting.schedule();
        management.executeJob(management.createJobQuery().processInstanceId(next.getId()).timers().singleResult().getId());

        String agenda = engine.getRuntimeService().getVariable(next.getId(), MeetingProcess.Vars.AGENDA).toString();
        assertThat(agenda).contains("О выполнении решений предыдущих заседаний",
                "Опорной школе составить график посещений Центра", "срок 30.04." + NEXT_YEAR + ": исполняется");
    }

    @Test
    void shouldListAssignmentsWithAChartAndAsCsvForSecretariesChairsAndSupervisorsOnly() {
        assignmentTask();

        String page = http.withBasicAuth("kolesnikova", "demo").getForObject("/assignments", String.class);
        assertThat(page).contains("Поручения Совета", "Опорной школе составить график посещений", "исполняется", "<svg");
        assertThat(http.withBasicAuth("petrova", "demo").getForObject("/assignments?status=OPEN", String.class))
                .contains("Опорной школе составить график посещений");
        assertThat(http.withBasicAuth("belyaev", "demo").getForEntity("/assignments", String.class).getStatusCode())
                .isEqualTo(org.springframework.http.HttpStatus.FORBIDDEN);
        String csv = new String(http.withBasicAuth("kolesnikova", "demo").getForObject("/assignments.csv", byte[].class),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFКластер;Протокол;Поручение;Исполнитель;Срок;Состояние")
                .contains("\"Опорная школа\";30.04." + NEXT_YEAR + ";исполняется");
    }

    @Test
    void shouldMoveTheDueDateWhenTheChairGrantsAnExtensionAndKeepItWhenRefused() {
        Task task = assignmentTask();
        long id = (Long) tasks.getVariable(task.getId(), FollowUpProcess.Vars.ASSIGNMENT_ID);
        String instanceId = task.getProcessInstanceId();
        LocalDate later = LocalDate.of(NEXT_YEAR, 6, 15);

        assertThatThrownBy(() -> meeting.submit(task, "vorontsov", Map.of("workAction", "extend",
                "requestedDue", LocalDate.of(NEXT_YEAR, 3, 1).toString(), "extensionReason", "Не успеваем")))
                .hasMessageContaining("Новый срок должен быть позже нынешнего");
        meeting.submit(task, "vorontsov", Map.of("workAction", "extend", "requestedDue", later.toString(),
                "extensionReason", "Центр откроется в мае."));
        Task decision = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
        assertThat(decision.getTaskDefinitionKey()).isEqualTo(FollowUpProcess.Elements.DECIDE_EXTENSION);
        assertThat(decision.getAssignee()).isEqualTo("vorontsov");
        meeting.submit(decision, "vorontsov", Map.of("extensionDecision", "grant"));

        Task again = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
        assertThat(assignments.find(id).dueDate()).isEqualTo(later);
        assertThat(again.getDueDate().toInstant().atZone(ZoneId.of("Europe/Kirov")).toLocalDate()).isEqualTo(later);

        meeting.submit(again, "vorontsov", Map.of("workAction", "extend", "requestedDue", later.plusMonths(1).toString(),
                "extensionReason", "Ещё месяц."));
        meeting.submit(tasks.createTaskQuery().processInstanceId(instanceId).singleResult(), "vorontsov",
                Map.of("extensionDecision", "refuse"));
        assertThat(assignments.find(id).dueDate()).isEqualTo(later);
    }

    @Test
    void shouldLetOnlyTheChairCancelAndEndTheFollowUp() {
        Task task = assignmentTask();
        long id = (Long) tasks.getVariable(task.getId(), FollowUpProcess.Vars.ASSIGNMENT_ID);

        assertThatThrownBy(() -> changes.cancel(id, "kolesnikova", "Не нужно")).hasMessageContaining("только председатель");
        changes.cancel(id, "vorontsov", "Центр закрыт на ремонт.");

        assertThat(assignments.find(id).status()).isEqualTo("CANCELLED");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .activityId("end_assignment_cancelled").count()).isOne();
    }

    @Test
    void shouldLetTheControllerGiveTheWorkToAnotherMember() {
        Task task = assignmentTask();
        long id = (Long) tasks.getVariable(task.getId(), FollowUpProcess.Vars.ASSIGNMENT_ID);

        assertThatThrownBy(() -> changes.reassign(id, "vorontsov", "belyaev")).hasMessageContaining("только контролёр");
        assertThatThrownBy(() -> changes.reassign(id, "kolesnikova", "bykova")).hasMessageContaining("членом Совета этого кластера");
        changes.reassign(id, "kolesnikova", "belyaev");

        Task now = tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        assertThat(now.getAssignee()).isEqualTo("belyaev");
        assertThat(assignments.find(id).ownerPersonId()).isEqualTo("belyaev");
    }

    @Test
    void shouldOfferCancellingToTheChairReassigningToTheControllerAndNothingToTheSupervisor() {
        long id = (Long) tasks.getVariable(assignmentTask().getId(), FollowUpProcess.Vars.ASSIGNMENT_ID);
        SessionClient secretary = loggedIn("kolesnikova");
        SessionClient chair = loggedIn("vorontsov");
        SessionClient supervisor = loggedIn("petrova");

        String controllers = secretary.get("/assignments").getBody();
        assertThat(controllers).contains(">Передать</button>", "<option value=\"belyaev\">Беляев С.И. — ")
                .doesNotContain(">Отменить</button>", "логин", "<option value=\"kolesnikova\">");
        assertThat(chair.get("/assignments").getBody()).contains(">Отменить</button>").doesNotContain(">Передать</button>");
        String supervisors = supervisor.get("/assignments").getBody();
        assertThat(supervisors).contains("Опорной школе составить график посещений")
                .doesNotContain(">Отменить</button>", ">Передать</button>", "Действия");

        supervisor.post("/assignments/" + id + "/cancel", Map.of("reason", "Не нужно", "_csrf", SessionClient.token(supervisors)));
        assertThat(supervisor.get("/assignments").getBody()).contains("Отменить поручение может только председатель Совета.");
        supervisor.post("/assignments/" + id + "/reassign", Map.of("owner", "belyaev", "_csrf", SessionClient.token(supervisors)));
        assertThat(supervisor.get("/assignments").getBody()).contains("Передать поручение другому исполнителю может только контролёр.");
        assertThat(assignments.find(id).status()).as("the server still refuses a post the page no longer offers").isEqualTo("OPEN");
        assertThat(assignments.find(id).ownerPersonId()).isEqualTo("vorontsov");

        secretary.post("/assignments/" + id + "/reassign", Map.of("owner", "belyaev", "_csrf", SessionClient.token(controllers)));
        assertThat(assignments.find(id).ownerPersonId()).isEqualTo("belyaev");
    }

    private SessionClient loggedIn(String user) {
        SessionClient browser = new SessionClient(http);
        browser.logIn(user, "demo", "/");
        return browser;
    }

    @Test
    void shouldAttachFilesToTheReportByTheOwnerOnly() {
        Task task = assignmentTask();
        long id = (Long) tasks.getVariable(task.getId(), FollowUpProcess.Vars.ASSIGNMENT_ID);

        assertThat(upload("vorontsov", id, "График посещений.xlsx")).doesNotContain("прикладывают исполнитель и контролёр");
        assertThat(upload("belyaev", id, "чужой.xlsx")).contains("Файлы к отчёту прикладывают исполнитель и контролёр.");
        assertThat(http.withBasicAuth("kolesnikova", "demo").getForObject("/assignments/" + id + "/files", String.class))
                .contains("График посещений.xlsx").doesNotContain("чужой.xlsx");
    }

    private String upload(String user, long id, String fileName) {
        SessionClient browser = new SessionClient(http);
        browser.logIn(user, "demo", "/");
        String page = browser.upload("/assignments/" + id + "/files", fileName, UploadSamples.xlsx()).getBody();
        return page == null ? "" : page;
    }

    private Task assignmentTask() {
        var instance = meeting.held("IN_PERSON", List.of(item("Центр «Точка роста»", "Воронцов А.Н.", 10)), PRESENT);
        meeting.recordSession(instance, null, List.of(new SessionItem("Центр «Точка роста»", "Воронцов А.Н.", null, null,
                List.of(new SessionItem.DecisionDraft("Опорной школе составить график посещений Центра «Точка роста» (Приложение 2).",
                        "SIMPLE", 5, 0, 0, "Опорная школа", "апрель " + NEXT_YEAR + " года", null)))));
        long meetingId = (Long) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(MeetingProcess.Vars.MEETING_ID).singleResult().getValue();
        meeting.reviewAndSign(meetingId, "vorontsov", "kolesnikova");
        return tasks.createTaskQuery().processDefinitionKey(FollowUpProcess.KEY).singleResult();
    }

    /** Fires the task's timer and runs the mail jobs it leads to; returns who got mail. */
    private List<String> fire(Task task, String timerId, String mailActivity) throws Exception {
        Job timer = management.createJobQuery().processInstanceId(task.getProcessInstanceId()).timers().activityId(timerId).singleResult();
        management.executeJob(timer.getId());
        MAIL.purgeEmailFromAllMailboxes();
        meeting.runJobs(mailActivity);
        return Arrays.stream(MAIL.getReceivedMessages()).map(Mails::recipient).toList();
    }
}
