package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovet.config.MeetingsOverRest.ADMIN;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sovet.meeting.MeetingProcess;
import org.sovet.support.ChildApplication;
import org.sovet.support.CrossNodeBrowser;
import org.sovet.support.Mails;
import org.sovet.support.SessionClient;
import org.sovet.support.TwoNodes;

/**
 * Two nodes on one PostgreSQL, as behind a balancer: meetings of every cluster are driven through
 * both nodes' REST up to their invitations and reminders, and the jobs (timers, one mailing job per
 * step, task notifications) run on whichever node acquires them. Every job runs once, every member
 * gets each mail once, both nodes work, and a member added to a council in the shared tables while
 * the nodes run is invited and reminded like the others.
 */
class TwoNodesTest {

    private static final Logger LOG = LoggerFactory.getLogger(TwoNodesTest.class);

    /** Cluster, secretary, chair. */
    private static final List<List<String>> COUNCILS = List.of(List.of("podosinovets", "kolesnikova", "vorontsov"),
            List.of("oparino", "bykova", "nikitina"), List.of("vpolyany", "ustinov", "sokolov"));
    private static final int MEETINGS_PER_COUNCIL = 3;
    private static final String ADDED_MEMBER = "novikova@example.org";
    private static final String WHO_IS_LOGGED_IN = "/camunda/api/admin/auth/user/default";
    private static final String LOGOUT = "/camunda/api/admin/auth/user/default/logout";
    private static final String NEW_PASSWORD = "Новый-пароль-2026";

    @TempDir
    static Path temp;

    private static TwoNodes nodes;
    private final MeetingsOverRest rest = new MeetingsOverRest();

    @BeforeAll
    static void startBothNodes() {
        nodes = TwoNodes.start(temp);
    }

    @AfterAll
    static void stopBothNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void shouldRunEveryJobOnceOnEitherNodeAndMailEveryMemberOnce() throws Exception {
        List<Meeting> meetings = new ArrayList<>();
        LocalDate first = LocalDate.now(ZoneId.of("Europe/Kirov")).plusWeeks(3);
        for (int week = 0; week < MEETINGS_PER_COUNCIL; week++) {
            for (List<String> council : COUNCILS) {
                // requests alternate between the nodes, as a balancer spreads them
                ChildApplication node = nodes.both().get(meetings.size() % 2);
                String theme = "Итоги работы кластера, встреча " + (week + 1);
                meetings.add(new Meeting(council.get(0), council.get(1), council.get(2),
                        rest.schedule(node, council.get(0), council.get(1), first.plusWeeks(week), theme)));
            }
        }
        // the directory import (or an operator) adds a member while both nodes run: no node caches the council
        var database = nodes.database();
        database.sql("insert into person (id, last_name, first_name, middle_name, email, position, supervisor)"
                + " values ('novikova', 'Новикова', 'Мария', 'Игоревна', ?, 'учитель', false)").param(ADDED_MEMBER).update();
        database.sql("insert into council_role (person_id, cluster_id, role) values ('novikova', 'vpolyany', 'MEMBER')").update();

        for (int i = 0; i < meetings.size(); i++) {
            Meeting meeting = meetings.get(i);
            rest.timerDueNow(nodes.a(), meeting.instanceId(), MeetingProcess.Elements.PROPOSAL_DEADLINE);
            rest.composeAgenda(nodes.both().get(i % 2), meeting.instanceId(), meeting.secretary(), "Об итогах полугодия");
            rest.approveAgenda(nodes.both().get((i + 1) % 2), meeting.instanceId(), meeting.chair());
        }
        for (Meeting meeting : meetings) {
            rest.timerDueNow(nodes.b(), meeting.instanceId(), MeetingProcess.Elements.REMINDER);
        }

        Map<String, List<String>> members = membersByCluster();
        int expectedPerKind = meetings.stream().mapToInt(m -> members.get(m.cluster()).size()).sum();
        Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> subjects("Напоминание: ").size() >= expectedPerKind && executableJobs().isEmpty());

        assertThat(rest.ok(nodes.a(), "GET", "/engine-rest/incident/count", ADMIN, null).get("count").asInt()).isZero();
        assertThat(rest.ok(nodes.a(), "GET", "/engine-rest/job/count?noRetriesLeft=true", ADMIN, null).get("count").asInt()).isZero();

        for (String kind : List.of("Приглашение: ", "Напоминание: ")) {
            List<Mail> mails = subjects(kind);
            assertThat(mails).as(kind).hasSize(expectedPerKind).doesNotHaveDuplicates();
            Map<String, Long> perRecipient = mails.stream().collect(Collectors.groupingBy(Mail::recipient, Collectors.counting()));
            members.forEach((cluster, emails) -> emails.forEach(email -> assertThat(perRecipient.get(email))
                    .as("%s to %s", kind, email).isEqualTo(MEETINGS_PER_COUNCIL)));
        }
        assertThat(members.get("vpolyany")).contains(ADDED_MEMBER);

        MimeMessage[] received = nodes.mail().getReceivedMessages();
        List<String> messageIds = Arrays.stream(received).map(Mails::messageId).toList();
        assertThat(messageIds).as("one Message-ID a mail").doesNotHaveDuplicates().doesNotContainNull();
        assertThat(database.sql("select count(*) from sent_mail").query(Integer.class).single())
                .as("every mail the SMTP server accepted is recorded once").isEqualTo(received.length);

        // the history clean-up (no process instance) runs batch after batch in its nightly window as one job
        List<JsonNode> succeeded = jobLog().stream().filter(job -> !job.get("processInstanceId").isNull()).toList();
        Map<String, Long> runsPerJob = succeeded.stream().collect(Collectors.groupingBy(j -> j.get("jobId").asText(), Collectors.counting()));
        assertThat(runsPerJob.values()).as("no job ran twice").containsOnly(1L);
        Map<String, Long> perNode = succeeded.stream().collect(Collectors.groupingBy(j -> j.get("hostname").asText(), Collectors.counting()));
        assertThat(perNode).as("both nodes ran jobs").containsOnlyKeys("node-a", "node-b");
        assertThat(perNode.values()).allMatch(count -> count > 0);
        LOG.info("{} meetings, {} jobs run once each ({}), {} mails ({} invitations, {} reminders), each once",
                meetings.size(), succeeded.size(), perNode, received.length, expectedPerKind, expectedPerKind);
    }

    @Test
    void shouldKeepALoginAndItsTokensMadeOnOneNodeOnTheOther() {
        var browser = new CrossNodeBrowser();
        String loginPage = browser.get(nodes.a(), "/login").body();
        var login = browser.post(nodes.a(), "/login", Map.of("username", "zueva", "password", "demo", "next", "/",
                "_csrf", SessionClient.token(loginPage)));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(browser.cookie("SESSION")).as("the session cookie").isNotNull();

        var archive = browser.get(nodes.b(), "/");
        assertThat(archive.statusCode()).as("the portal on node B").isEqualTo(200);
        assertThat(archive.body()).contains("Зуева Татьяна Михайловна");
        assertThat(rest.read(browser.get(nodes.b(), WHO_IS_LOGGED_IN)).get("userId").asText()).as("Tasklist on node B").isEqualTo("zueva");

        // the portal's form token, issued on node A, is accepted by node B for a write: the password change
        String profile = browser.get(nodes.a(), "/profile").body();
        var changed = browser.post(nodes.b(), "/profile/password", Map.of("current", "demo", "password", NEW_PASSWORD,
                "repeat", NEW_PASSWORD, "_csrf", SessionClient.token(profile)));
        assertThat(changed.body()).contains("Пароль изменён.");
        assertThat(nodes.a().call("GET", "/engine-rest/user/zueva/profile", "zueva", NEW_PASSWORD, null).statusCode()).isEqualTo(200);

        // Camunda's CSRF token, given out by node A, is the session's on node B: its logout (a write) goes through
        browser.get(nodes.a(), "/camunda/app/tasklist/");
        assertThat(browser.camundaToken()).as("Camunda's CSRF token").isNotNull();
        assertThat(browser.postToCamunda(nodes.b(), LOGOUT).statusCode()).isEqualTo(200);
        assertThat(browser.get(nodes.a(), WHO_IS_LOGGED_IN).statusCode()).as("logged out on node A too").isEqualTo(404);
    }

    @Test
    void shouldKeepATasklistLoginMadeOnOneNodeOnTheOther() {
        var browser = new CrossNodeBrowser();
        browser.get(nodes.b(), "/camunda/app/tasklist/");
        var login = browser.post(nodes.b(), "/camunda/api/admin/auth/user/default/login/tasklist",
                Map.of("username", "orlova", "password", "demo"));
        assertThat(login.statusCode()).isEqualTo(200);

        assertThat(rest.read(browser.get(nodes.a(), WHO_IS_LOGGED_IN)).get("userId").asText()).isEqualTo("orlova");
        assertThat(browser.get(nodes.a(), "/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);
        assertThat(browser.get(nodes.a(), "/").statusCode()).as("the portal on node A").isEqualTo(200);
    }

    /** Each cluster's voting members' e-mails, read from the shared tables as the nodes read them. */
    private Map<String, List<String>> membersByCluster() {
        return nodes.database().sql("select distinct r.cluster_id, p.email from person p join council_role r on r.person_id = p.id"
                        + " where r.role <> 'GUEST'")
                .query((row, n) -> Map.entry(row.getString(1), row.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private List<Mail> subjects(String prefix) {
        return Arrays.stream(nodes.mail().getReceivedMessages()).map(TwoNodesTest::mail)
                .filter(mail -> mail.subject().startsWith(prefix)).toList();
    }

    /** Jobs of processes due now: none may be left once the work is done (history clean-up waits for its window). */
    private List<JsonNode> executableJobs() {
        JsonNode jobs = rest.ok(nodes.b(), "GET", "/engine-rest/job?executable=true", ADMIN, null);
        return StreamSupport.stream(jobs.spliterator(), false).filter(job -> !job.get("processInstanceId").isNull()).toList();
    }

    private List<JsonNode> jobLog() {
        JsonNode log = rest.ok(nodes.a(), "GET", "/engine-rest/history/job-log?successLog=true&maxResults=100000", ADMIN, null);
        return StreamSupport.stream(log.spliterator(), false).toList();
    }

    private static Mail mail(MimeMessage message) {
        try {
            return new Mail(((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress(), message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Meeting(String cluster, String secretary, String chair, String instanceId) {}

    private record Mail(String recipient, String subject) {}
}
