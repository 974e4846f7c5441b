package org.sovet.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovet.meeting.MeetingFixture.item;
import static org.sovet.plan.WorkPlanFixture.podosinovetsPlan;
import static org.sovet.support.Mails.recipient;
import static org.sovet.support.Mails.subject;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.sovet.meeting.MeetingFixture;
import org.sovet.plan.WorkPlanFixture;
import org.sovet.plan.WorkPlanProcess;
import org.sovet.support.Mails;
import org.sovet.support.SessionClient;
import org.sovet.support.SovetTest;
import org.sovet.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The SMTP server goes down the evening before a vote: the mailing jobs are retried, then become incidents
 * a supervisor sees in Russian, each naming whom it did not reach, and retries; once the server is back
 * every mail arrives exactly once.
 */
class SmtpOutageTest extends SovetTest {

    private static final int YEAR = Year.now(ZoneId.of("Europe/Kirov")).getValue();
    private static final String PAGE = "/notifications/failed";
    /** A little more than the models' failedJobRetryTimeCycle R3/PT5M waits between tries. */
    private static final Duration RETRY_INTERVAL = Duration.ofMinutes(6);
    /** Once the approved plan's mails are out, its process goes on: the secretary's task, and its mail, are new. */
    private static final String SECRETARY_TASK_AFTER_THE_PLAN = "each failed mail once, and the mail of the plan's next task";
    private static final Pattern LINE = Pattern.compile("class=\"failed-mail\"");

    @Autowired MeetingFixture meeting;
    @Autowired WorkPlanFixture plan;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired Directory directory;
    @Autowired TestClock clock;
    @Autowired TestRestTemplate http;
    @Autowired FailedMails failedMails;

    @Test
    void shouldListEveryMailAsAnIncidentAfterItsRetriesAndDeliverEachOnceWhenASupervisorRetriesAll() throws Exception {
        ProcessInstance podosinovets = meeting.agendaComposed("podosinovets", "kolesnikova", Map.of(), agenda());
        ProcessInstance oparino = meeting.agendaComposed("oparino", "bykova", Map.of(), agenda());
        ProcessInstance approval = submittedPlan();
        runDueJobs();
        MAIL.purgeEmailFromAllMailboxes();

        MAIL.stop();
        meeting.approveAgenda(podosinovets, "vorontsov");
        meeting.approveAgenda(oparino, "nikitina");
        plan.approve(approval, "1-од", LocalDate.now(clock));
        untilNothingIsDue();

        List<Job> failed = management.createJobQuery().withException().list();
        assertThat(failed).as("two meetings' invitations, the approved plan: one job each").hasSize(3)
                .allSatisfy(job -> assertThat(job.getRetries()).isZero());
        List<FailedMail> listed = failedMails.of(List.of("podosinovets", "oparino"));
        assertThat(listed).extracting(mail -> mail.recipientIds().size()).as("to their 6 and 8 members, the plan to 6")
                .containsExactlyInAnyOrder(6, 8, 6);
        assertThat(runtime.createIncidentQuery().incidentType("failedJob").count()).isEqualTo(failed.size());
        assertThat(MAIL.getReceivedMessages()).isEmpty();

        SessionClient petrova = loggedIn("petrova");
        assertThat(petrova.get("/").getBody()).contains("Неотправленные уведомления: <b>" + failed.size() + "</b>",
                "href=\"/notifications/failed\"");
        String page = petrova.get(PAGE).getBody();
        assertThat(LINE.matcher(page).results().count()).as("one line per failed mailing").isEqualTo(failed.size());
        assertThat(page).contains("Неотправленные уведомления", directory.cluster("podosinovets").name(),
                directory.cluster("oparino").name(), "Приглашение на заседание", "Заседание № ", "Утверждённый план работы",
                "План работы кластера на " + YEAR + " год", name("belyaev"), name("gerasimov"),
                "Почтовый сервер недоступен.", "0 — инцидент", "Повторить все", "Не получили").doesNotContain("service_send", "memberId");

        abusersRetryNothing(failed.get(0), failed.size());

        MAIL.start();
        Job first = failed.get(0);
        var one = petrova.post(PAGE + "/" + first.getId() + "/retry", Map.of("_csrf", SessionClient.token(page)));
        assertThat(one.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(petrova.get(PAGE).getBody()).contains("Уведомление поставлено на повторную отправку");
        assertThat(runtime.createIncidentQuery().count()).isEqualTo(failed.size() - 1);
        assertThat(runDueJobs()).as("only the one retried").isOne();
        int firstMailing = listed.stream().filter(mail -> mail.jobId().equals(first.getId())).findFirst().orElseThrow().recipientIds().size();
        assertThat(MAIL.getReceivedMessages()).as("the retried mailing reached everyone it had not").hasSize(firstMailing);

        var retried = petrova.post(PAGE + "/retry-all", Map.of("_csrf", SessionClient.token(page)));
        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        String confirmed = petrova.get(PAGE).getBody();
        assertThat(confirmed).contains("Поставлено на повторную отправку уведомлений: " + (failed.size() - 1) + ".");
        assertThat(runtime.createIncidentQuery().count()).as("new retries resolve the incidents").isZero();
        untilNothingIsDue();

        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).as(SECRETARY_TASK_AFTER_THE_PLAN).hasSize(6 + 8 + 6 + 1);
        assertThat(Arrays.stream(received).map(Mails::messageId)).doesNotHaveDuplicates();
        Map<String, Long> perRecipientAndSubject = Arrays.stream(received)
                .collect(Collectors.groupingBy(m -> recipient(m) + " " + subject(m), Collectors.counting()));
        assertThat(perRecipientAndSubject.values()).as("nobody got any mail twice").containsOnly(1L);
        assertReceivedOnce(received, List.of("podosinovets", "oparino"), "Приглашение");
        assertReceivedOnce(received, List.of("podosinovets"), "Утверждён план работы кластера на " + YEAR + " год");
        assertThat(management.createJobQuery().withException().count()).isZero();
        assertThat(runtime.createIncidentQuery().count()).isZero();
        assertThat(petrova.get(PAGE).getBody()).contains("Неотправленных уведомлений нет.");
        assertThat(petrova.get("/").getBody()).doesNotContain("Неотправленные уведомления:");
    }

    @Test
    void shouldDeliverEachMailOnceWithTheNextRetryWhenSmtpReturnsBeforeTheRetriesRunOut() throws Exception {
        ProcessInstance approval = submittedPlan();
        runDueJobs();
        MAIL.purgeEmailFromAllMailboxes();

        MAIL.stop();
        plan.approve(approval, "1-од", LocalDate.now(clock));
        runDueJobs();

        List<Job> failed = management.createJobQuery().withException().list();
        assertThat(failed).as("the plan's mailing").hasSize(1).allSatisfy(job -> assertThat(job.getRetries()).isEqualTo(2));
        assertThat(failedMails.of(List.of("podosinovets")).get(0).recipientIds()).as("its 6 members").hasSize(6);
        assertThat(runtime.createIncidentQuery().count()).isZero();
        String page = loggedIn("petrova").get(PAGE).getBody();
        assertThat(LINE.matcher(page).results().count()).as("failing, not yet incidents").isEqualTo(failed.size());
        assertThat(page).contains("Утверждённый план работы").doesNotContain("инцидент");
        assertThat(runDueJobs()).as("the retries wait their five minutes").isZero();

        MAIL.start();
        clock.advance(RETRY_INTERVAL);
        runDueJobs();
        untilNothingIsDue();

        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).as(SECRETARY_TASK_AFTER_THE_PLAN).hasSize(6 + 1);
        assertReceivedOnce(received, List.of("podosinovets"), "Утверждён план работы кластера на " + YEAR + " год");
        assertThat(Arrays.stream(received).map(Mails::messageId)).doesNotHaveDuplicates();
        assertThat(management.createJobQuery().withException().count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(approval.getId()).count()).as("the plan's process went on").isZero();
    }

    /** A member and another cluster's secretary see and retry nothing of Podosinovets. */
    private void abusersRetryNothing(Job anyJob, int incidents) {
        SessionClient belyaev = loggedIn("belyaev");
        String token = SessionClient.token(belyaev.get("/").getBody());
        var refused = belyaev.open(PAGE);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("Неотправленные уведомления видят секретари Совета, надзор и администраторы.");
        assertThat(belyaev.get("/").getBody()).doesNotContain("Неотправленные уведомления", "/notifications/failed");
        assertThat(belyaev.post(PAGE + "/retry-all", Map.of("_csrf", token)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(belyaev.post(PAGE + "/" + anyJob.getId() + "/retry", Map.of("_csrf", token)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(belyaev.post(PAGE + "/retry-all", Map.of()).getStatusCode()).as("no form token").isEqualTo(HttpStatus.FORBIDDEN);

        SessionClient bykova = loggedIn("bykova");
        String hers = bykova.get(PAGE).getBody();
        assertThat(hers).contains(directory.cluster("oparino").name(), name("gerasimov"))
                .doesNotContain(directory.cluster("podosinovets").name(), name("belyaev"));
        String podosinovets = management.createJobQuery().withException().tenantIdIn("podosinovets").list().get(0).getId();
        assertThat(bykova.post(PAGE + "/" + podosinovets + "/retry", Map.of("_csrf", SessionClient.token(hers))).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(runtime.createIncidentQuery().count()).as("nothing retried").isEqualTo(incidents);
        assertThat(management.createJobQuery().withException().withRetriesLeft().count()).isZero();
    }

    private ProcessInstance submittedPlan() {
        ProcessInstance instance = plan.start(YEAR);
        plan.draft(instance, podosinovetsPlan(), WorkPlanProcess.ACTION_SUBMIT);
        return instance;
    }

    private static List<org.sovet.meeting.AgendaEntry> agenda() {
        return List.of(item("О подготовке к муниципальному этапу олимпиады", "Воронцов А.Н.", 20));
    }

    /** Runs the process jobs due now, as the job executor would; a failed one is left to the engine's retries. */
    private int runDueJobs() {
        scenario.signOut();
        List<Job> due = management.createJobQuery().executable().list().stream().filter(job -> job.getProcessInstanceId() != null).toList();
        for (Job job : due) {
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException smtpDown) {
                // the engine has recorded the failure: one retry less, an incident at none
            }
        }
        return due.size();
    }

    /** Runs what is due and moves the clock past each retry's wait until no job is left to run. */
    private void untilNothingIsDue() {
        for (int round = 0; round < 10 && runDueJobs() > 0; round++) {
            clock.advance(RETRY_INTERVAL);
        }
        assertThat(runDueJobs()).as("nothing left to run").isZero();
    }

    /** Every council member of the clusters got the mail once, and nobody else got it. */
    private void assertReceivedOnce(MimeMessage[] received, List<String> clusterIds, String subject) {
        Map<String, Long> perRecipient = Arrays.stream(received).filter(m -> subject(m).startsWith(subject))
                .collect(Collectors.groupingBy(Mails::recipient, Collectors.counting()));
        Map<String, Long> once = clusterIds.stream().flatMap(id -> directory.councilMembers(id).stream())
                .collect(Collectors.toMap(Person::email, person -> 1L));
        assertThat(perRecipient).as(subject + " in " + clusterIds).isEqualTo(once);
    }

    private SessionClient loggedIn(String user) {
        SessionClient browser = new SessionClient(http);
        assertThat(browser.logIn(user, "demo", "/").getStatusCode()).isEqualTo(HttpStatus.FOUND);
        return browser;
    }

    private String name(String personId) {
        return directory.person(personId).map(Person::fullName).orElseThrow();
    }
}
