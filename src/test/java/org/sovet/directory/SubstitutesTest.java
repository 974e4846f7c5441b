package org.sovet.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sovet.meeting.MeetingFixture.item;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.sovet.common.InputRejectedException;
import org.sovet.common.RussianDates;
import org.sovet.meeting.MeetingFixture;
import org.sovet.meeting.MeetingProcess;
import org.sovet.notify.TaskNotificationProcess;
import org.sovet.meeting.SessionItem;
import org.sovet.plan.WorkPlanFixture;
import org.sovet.plan.WorkPlanProcess;
import org.sovet.plan.WorkPlanService;
import org.sovet.protocol.ProtocolProcess;
import org.sovet.protocol.ProtocolService;
import org.sovet.protocol.ProtocolSignature;
import org.sovet.protocol.SignedProtocolTexts;
import org.sovet.support.Concurrently;
import org.sovet.support.EngineRest;
import org.sovet.support.Mails;
import org.sovet.support.SessionClient;
import org.sovet.support.SovetTest;
import org.sovet.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** Acting substitutes: who does the chair's work while the chair is away, and what the documents say. */
class SubstitutesTest extends SovetTest {

    private static final String CLUSTER = MeetingFixture.CLUSTER;
    private static final String CHAIR = MeetingFixture.CHAIR;
    private static final String SECRETARY = MeetingFixture.SECRETARY;
    private static final String SUBSTITUTE = "belyaev";
    private static final String ACTING_CHAIR = "Исполняющий обязанности председателя Координационного Совета";
    private static final List<SessionItem> RECORD = List.of(new SessionItem("Анализ работы кластера", "Колесникова И.П.",
            "Колесникова И.П. проанализировала работу кластера.", null,
            List.of(new SessionItem.DecisionDraft("Утвердить план работы на второе полугодие.", "SIMPLE", 5, 0, 0, null, null, null))));

    @Autowired Substitutions substitutions;
    @Autowired Directory directory;
    @Autowired SubstitutionSweep sweep;
    @Autowired MeetingFixture meeting;
    @Autowired WorkPlanFixture plan;
    @Autowired WorkPlanService plans;
    @Autowired ProtocolService protocols;
    @Autowired SignedProtocolTexts texts;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired EngineRest rest;
    @Autowired TestRestTemplate http;
    @Autowired TestClock clock;

    @Test
    void shouldLetTheSubstituteSignTheProtocolAsActingChairAndRefuseTheAbsentChair() throws Exception {
        long meetingId = recorded();
        LocalDate today = substitutions.today(CLUSTER);
        substitutions.name(SECRETARY, CLUSTER, new SubstitutionForm(CHAIR, CouncilRole.CHAIR, SUBSTITUTE, today, today.plusDays(13)));
        sendTaskMail();
        MAIL.purgeEmailFromAllMailboxes();
        submit(meeting.protocolTask(meetingId, ProtocolProcess.Elements.REVIEW, null), SECRETARY);
        sendTaskMail();
        assertThat(Arrays.stream(MAIL.getReceivedMessages()).map(Mails::recipient))
                .as("the signing task's mail goes to the substitute (the secretary, who caused hers, gets none)")
                .containsExactly("belyaev@example.org");

        Task chairs = meeting.protocolTask(meetingId, ProtocolProcess.Elements.SIGN, SUBSTITUTE);
        assertThat(chairs).as("the signature the chair would give waits for the substitute").isNotNull();
        assertThat(meeting.protocolTask(meetingId, ProtocolProcess.Elements.SIGN, CHAIR)).isNull();
        assertThat(identity.createUserQuery().userId(SUBSTITUTE).memberOfGroup("podosinovets-chair").count()).isEqualTo(1);
        assertThat(identity.createUserQuery().userId(CHAIR).memberOfGroup("podosinovets-chair").count()).isZero();

        var sign = Map.of(ProtocolProcess.Vars.SIGN_DECISION, ProtocolProcess.SIGN);
        assertThat(rest.submitTaskForm(CHAIR, chairs.getId(), sign).getStatusCode().is4xxClientError())
                .as("the absent chair cannot reach the task").isTrue();
        // handed back to him (an administrator in Tasklist), the directory still says he is not signing now
        tasks.setAssignee(chairs.getId(), CHAIR);
        var refused = rest.submitTaskForm(CHAIR, chairs.getId(), sign);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("Вы не подписываете этот протокол.");
        assertThat(protocols.summary(meetingId).orElseThrow().signatures()).isEmpty();
        tasks.setAssignee(chairs.getId(), SUBSTITUTE);

        assertThat(rest.submitTaskForm(SUBSTITUTE, chairs.getId(), sign).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Task secretarys = meeting.protocolTask(meetingId, ProtocolProcess.Elements.SIGN, SECRETARY);
        assertThat(rest.submitTaskForm(SECRETARY, secretarys.getId(), sign).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        meeting.freezeProtocols();

        assertThat(protocols.verify(meetingId)).isTrue();
        assertThat(protocols.summary(meetingId).orElseThrow().signatures())
                .extracting(ProtocolSignature::signerId, ProtocolSignature::role, ProtocolSignature::acting)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(SUBSTITUTE, CouncilRole.CHAIR, true),
                        org.assertj.core.groups.Tuple.tuple(SECRETARY, CouncilRole.SECRETARY, false));
        String sha = protocols.summary(meetingId).orElseThrow().sha256();
        assertThat(texts.of(meetingId)).as("PDF and DOCX").hasSize(2).allSatisfy(text -> assertThat(text)
                .contains(ACTING_CHAIR, "директор МКУ ИМЦ", "С.И. Беляев", "Координатор-ответственный секретарь (методист)",
                        "И.П. Колесникова")
                .doesNotContain("А.Н. Воронцов"));

        clock.advance(Duration.ofDays(20));
        sweep.sweep();
        assertThat(protocols.summary(meetingId).orElseThrow().sha256()).as("a signed protocol never changes").isEqualTo(sha);
        assertThat(protocols.verify(meetingId)).isTrue();
        assertThat(texts.of(meetingId)).allSatisfy(text -> assertThat(text).contains(ACTING_CHAIR));
    }

    @Test
    void shouldHandAnOpenSignatureToTheSubstituteWhenThePeriodStartsAndBackWhenItEnds() throws Exception {
        long meetingId = recorded();
        submit(meeting.protocolTask(meetingId, ProtocolProcess.Elements.REVIEW, null), SECRETARY);
        String chairs = meeting.protocolTask(meetingId, ProtocolProcess.Elements.SIGN, CHAIR).getId();
        String secretarys = meeting.protocolTask(meetingId, ProtocolProcess.Elements.SIGN, SECRETARY).getId();
        LocalDate tomorrow = substitutions.today(CLUSTER).plusDays(1);
        // the chair names his own substitute, for three days from tomorrow
        substitutions.name(CHAIR, CLUSTER, new SubstitutionForm(CHAIR, CouncilRole.CHAIR, SUBSTITUTE, tomorrow, tomorrow.plusDays(2)));
        sweep.sweep();
        assertThat(assignee(chairs)).as("not yet").isEqualTo(CHAIR);

        clock.advance(Duration.ofDays(1));
        // two nodes sweep at the same moment: the start is applied once
        assertThat(Concurrently.run(List.<Callable<Integer>>of(sweep::sweep, sweep::sweep))).containsExactlyInAnyOrder(0, 1);
        assertThat(sweep.sweep()).isZero();
        assertThat(assignee(chairs)).isEqualTo(SUBSTITUTE);
        assertThat(assignee(secretarys)).as("the secretary's signature is not the chair's").isEqualTo(SECRETARY);
        assertThat(groups(SUBSTITUTE)).contains("podosinovets-chair", "podosinovets-member");
        assertThat(groups(CHAIR)).contains("podosinovets-director").doesNotContain("podosinovets-chair");
        assertThat(substitutions.actingFor(CLUSTER, CouncilRole.CHAIR, substitutions.today(CLUSTER)))
                .map(Person::id).contains(SUBSTITUTE);
        assertThat(substitutions.current(CLUSTER)).singleElement().extracting(Substitution::substituteId).isEqualTo(SUBSTITUTE);

        clock.advance(Duration.ofDays(3));
        assertThat(sweep.sweep()).isOne();
        assertThat(assignee(chairs)).isEqualTo(CHAIR);
        assertThat(groups(CHAIR)).contains("podosinovets-chair", "podosinovets-director");
        assertThat(groups(SUBSTITUTE)).contains("podosinovets-member").doesNotContain("podosinovets-chair");
        assertThat(substitutions.current(CLUSTER)).isEmpty();

        var sign = Map.of(ProtocolProcess.Vars.SIGN_DECISION, ProtocolProcess.SIGN);
        assertThat(rest.submitTaskForm(CHAIR, chairs, sign).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(rest.submitTaskForm(SECRETARY, secretarys, sign).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        meeting.freezeProtocols();
        assertThat(texts.of(meetingId)).allSatisfy(text -> assertThat(text)
                .contains("Председатель Координационного Совета", "А.Н. Воронцов").doesNotContain("Исполняющий обязанности"));
    }

    @Test
    void shouldRefuseSubstitutesThatCannotStandInWithRussianReasons() {
        LocalDate today = substitutions.today(CLUSTER);
        substitutions.name(SECRETARY, CLUSTER, new SubstitutionForm(CHAIR, CouncilRole.CHAIR, SUBSTITUTE, today, today.plusDays(9)));

        assertRefused(SECRETARY, new SubstitutionForm(CHAIR, CouncilRole.CHAIR, "polyakova", today.plusDays(9), today.plusDays(20)),
                "периоды замещения одной роли не должны пересекаться");
        assertRefused(SECRETARY, new SubstitutionForm(CHAIR, CouncilRole.DIRECTOR, "nikitina", today, today.plusDays(3)),
                "Никитина О.А. не входит в Совет этого кластера");
        assertRefused(SECRETARY, new SubstitutionForm(CHAIR, CouncilRole.DIRECTOR, "krylova", today, today.plusDays(3)),
                "Крылова Е.А. не входит в Совет этого кластера: замещать может только действующий член Совета.");
        assertRefused(SECRETARY, new SubstitutionForm(SUBSTITUTE, CouncilRole.CHAIR, "polyakova", today.plusDays(30), today.plusDays(31)),
                "Беляев С.И. не является председателем Совета этого кластера");
        assertRefused(SECRETARY, new SubstitutionForm(CHAIR, CouncilRole.DIRECTOR, CHAIR, today, today.plusDays(3)),
                "Замещающим должен быть другой человек");
        assertRefused(SECRETARY, new SubstitutionForm(CHAIR, CouncilRole.DIRECTOR, "polyakova", today.plusDays(3), today),
                "Последний день замещения раньше первого.");
        assertRefused(SECRETARY, new SubstitutionForm(CHAIR, CouncilRole.MEMBER, "polyakova", today, today),
                "Замещение назначается председателю, директору или секретарю Совета.");
        assertRefused("polyakova", new SubstitutionForm(CHAIR, CouncilRole.DIRECTOR, "polyakova", today, today.plusDays(3)),
                "Назначать и отменять замещение может сам отсутствующий, председатель или секретарь");
        assertRefused("petrova", new SubstitutionForm(CHAIR, CouncilRole.DIRECTOR, "polyakova", today, today.plusDays(3)),
                "Назначать и отменять замещение может");
        assertRefused("bykova", new SubstitutionForm(CHAIR, CouncilRole.DIRECTOR, "polyakova", today, today.plusDays(3)),
                "Назначать и отменять замещение может");
        assertThat(substitutions.all(CLUSTER)).hasSize(1);

        // the next period for the same role, and the same days for another role, are fine
        substitutions.name(SECRETARY, CLUSTER, new SubstitutionForm(CHAIR, CouncilRole.CHAIR, "polyakova", today.plusDays(10), today.plusDays(20)));
        substitutions.name("admin", CLUSTER, new SubstitutionForm(CHAIR, CouncilRole.DIRECTOR, "polyakova", today, today.plusDays(3)));
        assertThat(substitutions.all(CLUSTER)).hasSize(3);
    }

    @Test
    void shouldLetOnlyTheChairTheSecretaryOrTheAbsentNameASubstituteOnThePage() {
        String page = "/directory/" + CLUSTER + "/substitutes";
        SessionClient member = browser("polyakova");
        String shown = member.get(page).getBody();
        assertThat(shown).contains("Замещение").doesNotContain("Назначить замещающего");
        var forged = member.post(page, Map.of("_csrf", SessionClient.token(shown), "absent", CHAIR + ":CHAIR",
                "substitute", "polyakova", "from", substitutions.today(CLUSTER).toString(), "to", substitutions.today(CLUSTER).toString()));
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(substitutions.all(CLUSTER)).isEmpty();
        assertThat(browser("nikitina").get(page).getStatusCode()).as("another cluster's").isEqualTo(HttpStatus.NOT_FOUND);

        SessionClient secretary = browser(SECRETARY);
        String form = secretary.get(page).getBody();
        assertThat(form).contains("Назначить замещающего", "Воронцов А.Н. — Председатель Координационного Совета");
        var named = secretary.post(page, Map.of("_csrf", SessionClient.token(form), "absent", CHAIR + ":CHAIR",
                "substitute", SUBSTITUTE, "from", substitutions.today(CLUSTER).toString(),
                "to", substitutions.today(CLUSTER).plusDays(6).toString()));
        assertThat(named.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(secretary.get(page).getBody()).contains("Замещение назначено.", "Беляев С.И.", "действует");
        var overlapping = secretary.post(page, Map.of("_csrf", SessionClient.token(form), "absent", CHAIR + ":CHAIR",
                "substitute", "polyakova", "from", substitutions.today(CLUSTER).toString(),
                "to", substitutions.today(CLUSTER).toString()));
        assertThat(overlapping.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(overlapping.getBody()).contains("не должны пересекаться");

        long id = substitutions.all(CLUSTER).get(0).id();
        assertThat(member.post(page + "/" + id + "/cancel", Map.of("_csrf", SessionClient.token(shown))).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(secretary.post(page + "/" + id + "/cancel", Map.of("_csrf", SessionClient.token(form))).getStatusCode())
                .isEqualTo(HttpStatus.FOUND);
        assertThat(substitutions.all(CLUSTER)).singleElement().satisfies(s -> assertThat(s.cancelledBy()).isEqualTo(SECRETARY));
        assertThat(secretary.get(page).getBody()).contains("отменено");
        assertThat(directory.changes(CLUSTER)).extracting(DirectoryChange::summary).contains(
                "Назначено замещение — председатель Координационного Совета Воронцов А.Н.: замещает Беляев С.И., с "
                        + RussianDates.longDate(substitutions.today(CLUSTER)) + " по "
                        + RussianDates.longDate(substitutions.today(CLUSTER).plusDays(6)),
                "Отменено замещение — председатель Координационного Совета Воронцов А.Н.: замещает Беляев С.И., с "
                        + RussianDates.longDate(substitutions.today(CLUSTER)) + " по "
                        + RussianDates.longDate(substitutions.today(CLUSTER).plusDays(6)));
    }

    @Test
    void shouldGiveTheAbsentSecretarysNewTasksToHerSubstituteAsTheyAreCreated() {
        ProcessInstance held = meeting.held("IN_PERSON", List.of(item("Анализ работы кластера", "Колесникова И.П.", 10)),
                List.of(CHAIR, SECRETARY, "zueva", SUBSTITUTE, "polyakova"));
        meeting.recordSession(held, "Заседание открыл председатель.", RECORD);
        long meetingId = meeting.meetingId(held);
        LocalDate today = substitutions.today(CLUSTER);
        substitutions.name(CHAIR, CLUSTER, new SubstitutionForm(SECRETARY, CouncilRole.SECRETARY, "polyakova", today, today.plusDays(6)));
        Task review = meeting.protocolTask(meetingId, ProtocolProcess.Elements.REVIEW, null);
        assertThat(review.getAssignee()).as("handed over at once: the period has begun").isEqualTo("polyakova");

        // back to the record: the meeting model names the meeting's secretary, who is away
        meeting.submit(review, "polyakova", Map.of(ProtocolProcess.Vars.REVIEW_ACTION, ProtocolProcess.CORRECT));
        Task attendance = meeting.task(held, MeetingProcess.Elements.RECORD_ATTENDANCE);
        assertThat(attendance.getAssignee()).isEqualTo("polyakova");
        assertThat(tasks.createTaskQuery().taskAssignee(SECRETARY).count()).as("nothing waits for the absent secretary").isZero();
        assertThat(tasks.createTaskQuery().taskCandidateUser(SECRETARY).count()).isZero();
    }

    @Test
    void shouldLetTheActingDirectorApproveThePlanAsIoDirectora() throws Exception {
        LocalDate today = substitutions.today(CLUSTER);
        substitutions.name(SECRETARY, CLUSTER, new SubstitutionForm(CHAIR, CouncilRole.DIRECTOR, "polyakova", today, today.plusDays(6)));
        ProcessInstance instance = plan.start(today.getYear() + 1);
        plan.draft(instance, WorkPlanFixture.podosinovetsPlan(), WorkPlanProcess.ACTION_SUBMIT);
        Task review = plan.task(instance);
        Map<String, Object> approve = Map.of(WorkPlanProcess.Vars.REVIEW_DECISION, WorkPlanProcess.DECISION_APPROVE,
                WorkPlanProcess.Vars.ORDER_NUMBER, "7-од", WorkPlanProcess.Vars.ORDER_DATE, today.toString());

        assertThat(rest.post(CHAIR, "/task/" + review.getId() + "/claim", Map.of("userId", CHAIR)).getStatusCode()
                .is4xxClientError()).as("the director's group is the substitute's now").isTrue();
        tasks.setAssignee(review.getId(), CHAIR);
        var refused = rest.submitTaskForm(CHAIR, review.getId(), approve);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("Утверждает план директор опорной школы этого кластера.");
        tasks.setAssignee(review.getId(), null);

        plan.submit(instance, "polyakova", approve);
        long planId = (Long) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(WorkPlanProcess.Vars.PLAN_ID).singleResult().getValue();
        assertThat(plans.plan(planId).approvedBy()).isEqualTo("polyakova");
        String text = new PDFTextStripper().getText(Loader.loadPDF(plans.document(planId).content())).replaceAll("\\s+", " ");
        assertThat(text).contains("УТВЕРЖДАЮ И.о. директора КОГОБУ СШ пгт Подосиновец", "Н.В. Полякова", "Приказ № 7-од")
                .doesNotContain("А.Н. Воронцов");
    }

    /** A meeting of the podosinovets council held and recorded: its draft protocol waits for the secretary. */
    private long recorded() {
        ProcessInstance held = meeting.held("IN_PERSON", List.of(item("Анализ работы кластера", "Колесникова И.П.", 10)),
                List.of(CHAIR, SECRETARY, "zueva", SUBSTITUTE, "polyakova"));
        meeting.recordSession(held, "Заседание открыл председатель.", RECORD);
        return meeting.meetingId(held);
    }

    /** Sends the task mail due so far (the notification jobs only: the meeting's own timers stay). */
    private void sendTaskMail() {
        var management = engine.getManagementService();
        management.createJobQuery().processDefinitionKey(TaskNotificationProcess.KEY).list()
                .forEach(job -> management.executeJob(job.getId()));
    }

    private void submit(Task task, String user) {
        meeting.submit(task, user, Map.of());
    }

    private String assignee(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    private List<String> groups(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
    }

    private void assertRefused(String actor, SubstitutionForm form, String reason) {
        assertThatThrownBy(() -> substitutions.name(actor, CLUSTER, form))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining(reason);
    }

    private SessionClient browser(String user) {
        SessionClient browser = new SessionClient(http);
        browser.logIn(user, "demo", "/");
        return browser;
    }
}
