package org.sovet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovet.meeting.MeetingFixture.item;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.sovet.common.RussianDates;
import org.sovet.followup.AssignmentChanges;
import org.sovet.followup.FollowUpProcess;
import org.sovet.meeting.BallotItem;
import org.sovet.meeting.MeetingFixture;
import org.sovet.meeting.MeetingProcess;
import org.sovet.meeting.SessionItem;
import org.sovet.plan.WorkPlanFixture;
import org.sovet.plan.WorkPlanProcess;
import org.sovet.support.SovetTest;
import org.sovet.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Supervisors read who did what and when, under which rules, for a plan, a meeting and an assignment. */
class AuditTrailTest extends SovetTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Kirov");
    private static final int NEXT_YEAR = LocalDate.now(ZONE).getYear() + 1;
    private static final List<String> FIVE_OF_SIX = List.of("vorontsov", "kolesnikova", "zueva", "belyaev", "polyakova");

    @Autowired TestRestTemplate http;
    @Autowired WorkPlanFixture plans;
    @Autowired MeetingFixture meeting;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired AssignmentChanges changes;
    @Autowired TestClock clock;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldShowASupervisorThePlanReturnedWithRemarksThenApprovedByOrder() {
        ProcessInstance instance = plans.start(NEXT_YEAR);
        plans.draft(instance, WorkPlanFixture.podosinovetsPlan(), WorkPlanProcess.ACTION_SUBMIT);
        clock.advance(Duration.ofDays(2).plusHours(3));
        plans.returnWithRemarks(instance, "Добавьте раздел о профориентации.");
        clock.advance(Duration.ofMinutes(15));
        plans.draft(instance, WorkPlanFixture.podosinovetsPlan(), WorkPlanProcess.ACTION_SUBMIT);
        plans.approve(instance, "3-од", LocalDate.now(clock));
        String path = "/audit/plans/" + variable(instance, WorkPlanProcess.Vars.PLAN_ID);

        String page = read("petrova", path);

        assertThat(page).contains("План работы кластера на " + NEXT_YEAR + " год", "Образовательный кластер Подосиновского района",
                "«Утверждение плана работы кластера» (workPlanApproval), версия 1",
                "Составить план работы кластера", "Утвердить план работы кластера", "Задача взята в работу",
                "Колесникова И.П.", "Воронцов А.Н.", "План отправлен директору на утверждение",
                "План возвращён на доработку с замечаниями: «Добавьте раздел о профориентации.»",
                "План утверждён приказом № 3-од от " + RussianDates.shortDate(LocalDate.now(clock)),
                RussianDates.longDate(LocalDate.now(clock)) + ", ");
        assertThat(page.indexOf("возвращён на доработку")).isLessThan(page.indexOf("утверждён приказом"));
        List<String> rows = csvRows("petrova", path + ".csv");
        assertThat(rows).hasSize(count(page, "<td class=\"when\">"))
                .anySatisfy(row -> assertThat(row).contains("\"Утвердить план работы кластера\";\"Воронцов А.Н.\";\"2 дня 3 ч\"",
                        "План возвращён на доработку с замечаниями: «Добавьте раздел о профориентации.»"))
                .anySatisfy(row -> assertThat(row).contains("\"Составить план работы кластера\";\"Колесникова И.П.\";\"15 мин\""))
                .anySatisfy(row -> assertThat(row).contains("План утверждён приказом № 3-од"));
    }

    @Test
    void shouldShowTheTrailToTheClusterOnlyAndAskForALogin() {
        ProcessInstance instance = plans.start(NEXT_YEAR);
        String path = "/audit/plans/" + variable(instance, WorkPlanProcess.Vars.PLAN_ID);

        assertThat(http.withBasicAuth("belyaev", "demo").getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> otherCluster = http.withBasicAuth("bykova", "demo").getForEntity(path, String.class);
        assertThat(otherCluster.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(otherCluster.getBody()).contains("\"message\":\"План не найден.\"");
        assertThat(http.withBasicAuth("bykova", "demo").getForEntity(path + ".csv", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth("petrova", "demo").getForEntity("/audit/plans/999999", String.class).getBody())
                .as("an unknown record answers as another cluster's").isEqualTo(otherCluster.getBody());
        ResponseEntity<String> anonymous = http.withRedirects(Redirects.DONT_FOLLOW).getForEntity(path, String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(anonymous.getHeaders().getLocation()).hasPath("/login");
        // not a real person's wrong password: Camunda would keep them out for a while after a failed attempt
        assertThat(http.withBasicAuth("nobody", "demo").getForEntity(path, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldShowTheQuorumRuleWithItsVersionTheVotesAndTheSignatures() {
        ProcessInstance instance = meeting.held("IN_PERSON", List.of(item("Анализ работы кластера", "Воронцов А.Н.", 10)), FIVE_OF_SIX);
        meeting.recordSession(instance, null, List.of(new SessionItem("Анализ работы кластера", "Воронцов А.Н.", null, null, List.of(
                new SessionItem.DecisionDraft("Опорной школе составить график посещений Центра.", "SIMPLE", 5, 0, 0,
                        "Опорная школа", "апрель " + NEXT_YEAR + " года", null),
                new SessionItem.DecisionDraft("Изменить положение о кластере.", "QUALIFIED", 3, 1, 1, null, null, null)))));
        long meetingId = variable(instance, MeetingProcess.Vars.MEETING_ID);
        meeting.reviewAndSign(meetingId, "vorontsov", "kolesnikova");
        String path = "/audit/meetings/" + meetingId;

        String page = read("petrova", path);

        assertThat(page).contains("Заседание Координационного Совета, протокол № 1",
                "«Заседание Координационного Совета» (councilMeeting), версия 1", "«Протокол заседания» (meetingProtocol), версия 1",
                "«Есть ли кворум» (quorum), версия 1", "«Принято ли решение» (decision_adoption), версия 1",
                "Правило «Есть ли кворум», версия 1", "Кворум: да",
                "Присутствуют членов Совета: 5 (Воронцов А.Н., Колесникова И.П., Зуева Т.М., Беляев С.И., Полякова",
                "«Опорной школе составить график посещений Центра.»: за — 5, против — нет, воздержались — нет; принято",
                "«Изменить положение о кластере.»: за — 3, против — 1, воздержались — 1; не принято",
                "Повестка утверждена", "Подписанный протокол заморожен, SHA-256:")
                .as("the assignment it produced has its own trail").doesNotContain("Исполнить поручение");
        List<String> rows = csvRows("petrova", path + ".csv");
        assertThat(rows).as("the protocol is the engine's call").anySatisfy(row -> assertThat(row).contains("\"Заседание проведено\";\"система\""));
        assertThat(rows).filteredOn(row -> row.contains("\"Подписать протокол\""))
                .hasSize(2).allSatisfy(row -> assertThat(row).endsWith("\"Протокол подписан\""))
                .anySatisfy(row -> assertThat(row).contains("Воронцов А.Н."))
                .anySatisfy(row -> assertThat(row).contains("Колесникова И.П."));
    }

    @Test
    void shouldShowThatAnAttendanceOfTheAudienceAloneDeterminedNoQuorumAndNoAdoption() {
        ProcessInstance instance = meeting.invited("IN_PERSON", List.of(item("Анализ работы кластера", "Воронцов А.Н.", 10)));
        meeting.manage(instance, MeetingProcess.ACTION_HOLD, null, null);
        meeting.recordAttendance(instance, Map.of(MeetingProcess.Vars.ATTENDANCE_NOTE, "15 педагогов из 11 образовательных организаций",
                MeetingProcess.Vars.AUDIENCE_VOTERS, 15));
        meeting.recordSession(instance, null, List.of(new SessionItem("Анализ работы кластера", "Воронцов А.Н.", null, null, List.of(
                new SessionItem.DecisionDraft("Принять анализ к сведению.", "SIMPLE", 14, 0, 1, null, null, null)))));

        String page = read("petrova", "/audit/meetings/" + variable(instance, MeetingProcess.Vars.MEETING_ID));

        assertThat(page).contains("Члены Совета не отмечены, кворум не определялся, присутствовали: «15 педагогов из 11 "
                        + "образовательных организаций», из них голосовали: 15",
                "«Принять анализ к сведению.»: за — 14, против — нет, воздержались — 1; принятие не определялось: кворум не устанавливался")
                .doesNotContain("Правило «Есть ли кворум»", "Правило «Принято ли решение»");
    }

    @Test
    void shouldShowThatMembersVotedInWritingButNeverTheirChoices() {
        ProcessInstance instance = writtenVoteOpened();
        for (Task ballot : meeting.tasks(instance, MeetingProcess.Elements.CAST_BALLOT)) {
            vote(ballot, ballot.getAssignee().equals("shilov") ? "AGAINST" : "FOR");
        }
        meeting.runJobs(MeetingProcess.Elements.CAST_BALLOT);
        String path = "/audit/meetings/" + variable(instance, MeetingProcess.Vars.MEETING_ID);

        String page = read("petrova", path);

        assertThat(page).contains("«Принять отчёт к сведению.»: за — 5, против — 1, воздержались — нет; принято")
                .doesNotContain("Поддерживаю", "Возражаю", "FOR", "AGAINST");
        assertThat(csvRows("petrova", path + ".csv")).filteredOn(row -> row.contains("\"Проголосовать заочно\""))
                .hasSize(6).allSatisfy(row -> assertThat(row).endsWith("\"Бюллетень подан\""))
                .anySatisfy(row -> assertThat(row).contains("Шилов"));
    }

    @Test
    void shouldShowTheReportReturnedWithRemarksThenAccepted() {
        Task task = assignmentTask();
        String instanceId = task.getProcessInstanceId();
        String path = "/audit/assignments/" + assignmentId(task);
        meeting.submit(task, "vorontsov", Map.of("report", "График составлен (Приложение 2)."));
        meeting.submit(tasks.createTaskQuery().processInstanceId(instanceId).singleResult(), MeetingFixture.SECRETARY,
                Map.of("verdict", "return", "reviewRemarks", "Приложите сам график."));
        meeting.submit(tasks.createTaskQuery().processInstanceId(instanceId).singleResult(), "vorontsov", Map.of("report", "График приложен."));
        meeting.submit(tasks.createTaskQuery().processInstanceId(instanceId).singleResult(), MeetingFixture.SECRETARY,
                Map.of("verdict", "accept"));

        String page = read("petrova", path);

        assertThat(page).contains("Поручение № ", "Опорной школе составить график посещений Центра",
                "«Исполнение поручения» (assignmentFollowUp), версия 1", "Исполнить поручение и отчитаться",
                "Отчёт: «График составлен (Приложение 2).»", "Отчёт возвращён на доработку с замечаниями: «Приложите сам график.»",
                "Отчёт: «График приложен.»", "Отчёт принят", "Поручение исполнено");
        assertThat(page.indexOf("возвращён на доработку")).isLessThan(page.indexOf("Отчёт принят"));
        assertThat(csvRows("petrova", path + ".csv")).filteredOn(row -> row.contains("\"Проверить отчёт об исполнении\""))
                .hasSize(2).allSatisfy(row -> assertThat(row).contains("Колесникова И.П."));
    }

    @Test
    void shouldShowTheExtensionGrantedAndWhoGaveTheWorkToAnotherMemberAndWhoCancelledIt() {
        Task task = assignmentTask();
        long id = assignmentId(task);
        LocalDate later = LocalDate.of(NEXT_YEAR, 6, 15);
        meeting.submit(task, "vorontsov", Map.of("workAction", "extend", "requestedDue", later.toString(),
                "extensionReason", "Центр откроется в мае."));
        meeting.submit(tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId()).singleResult(), "vorontsov",
                Map.of("extensionDecision", "grant"));
        changes.reassign(id, MeetingFixture.SECRETARY, "belyaev");
        changes.cancel(id, "vorontsov", "Центр закрыт на ремонт.");

        assertThat(csvRows("petrova", "/audit/assignments/" + id + ".csv"))
                .anySatisfy(row -> assertThat(row).contains("Просит продлить срок до " + RussianDates.shortDate(later)
                        + ": «Центр откроется в мае.»"))
                .anySatisfy(row -> assertThat(row).contains("\"Решить о продлении срока\";\"Воронцов А.Н.\"",
                        "Срок продлён: до " + RussianDates.shortDate(later)))
                .anySatisfy(row -> assertThat(row).contains("\"Передано другому исполнителю\";\"Колесникова И.П.\"",
                        "Новый исполнитель: Беляев С.И."))
                .anySatisfy(row -> assertThat(row).contains("\"Председатель отменил поручение\";\"Воронцов А.Н.\"",
                        "Поручение отменено, причина: «Центр закрыт на ремонт.»"));
    }

    private String read(String user, String path) {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /** The CSV's lines after its header; a cell may hold several lines of its own, never a CRLF. */
    private List<String> csvRows(String user, String path) {
        byte[] body = http.withBasicAuth(user, "demo").getForObject(path, byte[].class);
        String csv = new String(body, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFКогда;Процесс;Шаг;Кто;Сколько ждали;Что решено\r\n").endsWith("\r\n");
        return Arrays.asList(csv.split("\r\n")).subList(1, csv.split("\r\n").length);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private long variable(ProcessInstance instance, String name) {
        return (Long) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(name).singleResult().getValue();
    }

    private long assignmentId(Task task) {
        return (Long) tasks.getVariable(task.getId(), FollowUpProcess.Vars.ASSIGNMENT_ID);
    }

    private Task assignmentTask() {
        ProcessInstance instance = meeting.held("IN_PERSON", List.of(item("Центр «Точка роста»", "Воронцов А.Н.", 10)), FIVE_OF_SIX);
        meeting.recordSession(instance, null, List.of(new SessionItem("Центр «Точка роста»", "Воронцов А.Н.", null, null,
                List.of(new SessionItem.DecisionDraft("Опорной школе составить график посещений Центра «Точка роста».",
                        "SIMPLE", 5, 0, 0, "Опорная школа", "апрель " + NEXT_YEAR + " года", null)))));
        meeting.reviewAndSign(variable(instance, MeetingProcess.Vars.MEETING_ID), "vorontsov", "kolesnikova");
        return tasks.createTaskQuery().processDefinitionKey(FollowUpProcess.KEY).singleResult();
    }

    private ProcessInstance writtenVoteOpened() {
        ProcessInstance instance = meeting.schedule(MeetingFixture.CLUSTER, MeetingFixture.SECRETARY, Map.of(
                MeetingProcess.Vars.FORMAT, "IN_WRITING",
                MeetingProcess.Vars.VOTING_DEADLINE, MeetingFixture.inTwoWeeks().plusDays(7).toString()));
        management.executeJob(management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult().getId());
        meeting.compose(instance, List.of(item("Анализ работы кластера", "Воронцов А.Н.", 10)));
        meeting.reviewAgenda(instance, MeetingProcess.DECISION_APPROVE, null);
        meeting.runJobs(MeetingProcess.Elements.SEND_INVITATIONS);
        meeting.manage(instance, MeetingProcess.ACTION_HOLD, null, null);
        meeting.submit(meeting.task(instance, MeetingProcess.Elements.PREPARE_WRITTEN), MeetingFixture.SECRETARY,
                Map.of(MeetingProcess.Vars.SESSION_ITEMS, spin(List.of(new SessionItem("Анализ работы кластера", "Воронцов А.Н.",
                        "Отчёт приложен.", null, List.of(new SessionItem.DecisionDraft("Принять отчёт к сведению.", "SIMPLE",
                                null, null, null, null, null, null)))))));
        return instance;
    }

    private void vote(Task ballot, String choice) {
        var filled = List.of(new BallotItem("Анализ работы кластера", List.of(new BallotItem.Choice("Принять отчёт к сведению.",
                choice, choice.equals("FOR") ? "Поддерживаю" : "Возражаю"))));
        meeting.submit(ballot, ballot.getAssignee(), Map.of(MeetingProcess.Vars.BALLOT, spin(filled)));
    }

    private Object spin(Object value) {
        try {
            return SpinValues.jsonValue(json.writeValueAsString(value)).create();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
