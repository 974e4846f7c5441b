package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovet.support.Mails.subject;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sovet.followup.FollowUpProcess;
import org.sovet.meeting.MeetingProcess;
import org.sovet.meeting.PlannedMeetingProcess;
import org.sovet.plan.WorkPlanProcess;
import org.sovet.protocol.ProtocolProcess;
import org.sovet.support.ChildApplication;
import org.sovet.support.ChildNode;
import org.sovet.support.CouncilOverRest;
import org.sovet.support.Mails;
import org.sovet.support.SlowSmtpRelay;

/**
 * A school's office loses power: the application in its own JVM is killed (SIGKILL) at the wait
 * states of the work plan approval, of a meeting held and signed with its assignment followed up, and
 * of a meeting whose invitations are being mailed, and started again on the same H2 file each time.
 * Every instance, task, vote, signature and pending mail is still there and completes; nothing is
 * mailed twice (a mail sent again would carry the same Message-ID, its idempotence key).
 */
class CrashRecoveryTest {

    private static final String CLUSTER = "podosinovets";
    private static final String SECRETARY = "kolesnikova";
    private static final String CHAIR = "vorontsov";
    private static final List<String> MEMBERS = List.of("vorontsov", "kolesnikova", "zueva", "belyaev", "polyakova", "shilov");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Kirov"));

    private final GreenMail mail = new GreenMail(new ServerSetup(ChildApplication.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private SlowSmtpRelay relay;

    @TempDir
    Path temp;

    @BeforeEach
    void mailServer() {
        mail.start();
        relay = new SlowSmtpRelay(mail.getSmtp().getPort());
    }

    @AfterEach
    void stopMail() {
        relay.close();
        mail.stop();
    }

    @Test
    void shouldKeepAndCompleteEveryInstanceKilledAtEachWaitStateAndMailEachPersonOnce() throws Exception {
        try (ChildNode node = new ChildNode(temp.resolve("data"), "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + relay.port(), "--sovet.demo.mail-server.enabled=false",
                // a killed node's job locks expire after 10 s instead of Camunda's 5 min, so the test need not wait that long
                "--camunda.bpm.job-execution.lock-time-in-millis=10000").start()) {
            CouncilOverRest council = new CouncilOverRest(node);

            // 1. every process at its first wait state
            String plan = council.startPlan(TODAY.getYear());
            String held = council.enterHeldMeeting(TODAY.minusDays(10));
            String coming = council.scheduleMeeting(TODAY.plusWeeks(2));
            node.awaitJobsDone();
            killBetweenMails(node);
            assertThat(node.task(plan, WorkPlanProcess.Elements.DRAFT_PLAN, SECRETARY)).isNotNull();
            assertThat(node.task(held, MeetingProcess.Elements.ENTER_HELD, SECRETARY)).isNotNull();
            assertThat(assignees(node.tasks(coming, MeetingProcess.Elements.PROPOSE))).containsExactlyInAnyOrderElementsOf(MEMBERS);
            assertThat(council.timer(coming, MeetingProcess.Elements.PROPOSAL_DEADLINE)).isNotNull();

            // 2. killed right after the last answer, the task mails still pending
            council.submitPlanDraft(plan);
            council.enterHeldAgenda(held);
            council.propose(coming, "belyaev", "О профориентации старшеклассников");
            killBetweenMails(node);
            assertThat(node.task(plan, WorkPlanProcess.Elements.REVIEW_PLAN, null)).isNotNull();
            assertThat(node.task(held, MeetingProcess.Elements.RECORD_ATTENDANCE, SECRETARY)).isNotNull();
            assertThat(assignees(node.tasks(coming, MeetingProcess.Elements.PROPOSE))).doesNotContain("belyaev").hasSize(5);

            // 3. the proposal deadline passes (its timer run now), the plan is approved and its mails go out
            node.call("POST", "/engine-rest/job/" + council.timer(coming, MeetingProcess.Elements.PROPOSAL_DEADLINE).get("id").asText()
                    + "/execute", ChildNode.ADMIN, null);
            council.approvePlan(plan);
            council.recordAttendance(held, List.of("vorontsov", "kolesnikova", "zueva", "belyaev", "polyakova"));
            killBetweenMails(node);
            assertThat(node.tasks(coming, MeetingProcess.Elements.COMPOSE_AGENDA)).hasSize(1);
            assertThat(node.task(held, MeetingProcess.Elements.RECORD_SESSION, SECRETARY)).isNotNull();
            node.awaitJobsDone();
            assertThat(node.state(plan)).isEqualTo("COMPLETED");

            // 4. the session with its votes is recorded and the chair signs, the secretary has not yet; the agenda is composed
            council.recordSession(held);
            council.composeAgenda(coming);
            String protocol = node.calledInstance(held);
            council.reviewProtocol(protocol);
            council.sign(protocol, CHAIR);
            killBetweenMails(node);
            long heldId = council.meetingId(held);
            assertThat(council.auditCsv(heldId)).as("the votes and the signature as stored")
                    .contains("за — 5, против — нет, воздержались — нет; принято", "Протокол подписан");
            assertThat(node.tasks(protocol, ProtocolProcess.Elements.SIGN)).extracting(t -> t.get("assignee").asText())
                    .containsExactly(SECRETARY);
            assertThat(node.task(coming, MeetingProcess.Elements.APPROVE_AGENDA, null)).isNotNull();

            // 5. killed while the invitations are being mailed: some accepted, others on their way
            node.awaitJobsDone();
            relay.delay(Duration.ofSeconds(2));
            council.approveAgenda(coming);
            Awaitility.await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(20))
                    .until(() -> !subjectStarts("Приглашение").isEmpty());
            int heldAtKill = killBetweenMails(node);
            int invitedBeforeKill = subjectStarts("Приглашение").size();
            assertThat(invitedBeforeKill).as("the kill fell inside the sending").isLessThan(MEMBERS.size());
            assertThat(heldAtKill).isPositive();
            node.awaitJobsDone();
            assertThat(recipients(subjectStarts("Приглашение"))).as("killed after %d of the invitations", invitedBeforeKill)
                    .containsOnlyKeys(emails(node, MEMBERS)).allSatisfy((to, count) -> assertThat(count).isOne());
            assertThat(council.timer(coming, MeetingProcess.Elements.REMINDER)).as("the reminder still waits").isNotNull();

            // 6. the secretary signs: the protocol is frozen, mailed, and its assignment starts
            council.sign(protocol, SECRETARY);
            killBetweenMails(node);
            node.awaitJobsDone();
            JsonNode verified = council.verify(heldId);
            assertThat(verified.get("signed").asBoolean()).isTrue();
            assertThat(verified.get("valid").asBoolean()).isTrue();
            String assignment = council.assignment();
            assertThat(node.task(assignment, FollowUpProcess.Elements.CARRY_OUT, CHAIR)).isNotNull();
            assertThat(council.timer(assignment, FollowUpProcess.Elements.DUE)).isNotNull();

            // 7. the owner reports; the other meeting is cancelled
            council.report(assignment);
            council.cancel(coming);
            killBetweenMails(node);
            assertThat(node.task(assignment, FollowUpProcess.Elements.REVIEW, SECRETARY)).isNotNull();

            // 8. the controller accepts
            council.accept(assignment);
            node.awaitJobsDone();

            for (String instance : List.of(plan, held, protocol, coming, assignment)) {
                assertThat(node.state(instance)).as(instance).isEqualTo("COMPLETED");
            }
            assertThat(node.get("/incident/count").get("count").asInt()).isZero();
            assertThat(node.get("/job/count?withException=true").get("count").asInt()).isZero();
            assertThat(node.get("/process-instance/count?processDefinitionKeyNotIn=" + PlannedMeetingProcess.KEY).get("count").asInt())
                    .as("nothing left running but the meetings the approved plan schedules").isZero();
            for (String subject : List.of("Утверждён план работы кластера", "Протокол № ", "Заседание отменено")) {
                assertThat(recipients(subjectStarts(subject))).as(subject).containsOnlyKeys(emails(node, MEMBERS))
                        .allSatisfy((to, count) -> assertThat(count).isOne());
            }
            Map<String, Long> byMessageId = Arrays.stream(mail.getReceivedMessages())
                    .collect(Collectors.groupingBy(Mails::messageId, Collectors.counting()));
            assertThat(byMessageId).as("%d mails over %d starts", mail.getReceivedMessages().length, node.starts())
                    .allSatisfy((id, count) -> assertThat(count).as(id).isOne());
            System.out.printf("CrashRecoveryTest: %d starts, %d mails each sent once, %d of %d invitations accepted before the kill%n",
                    node.starts(), byMessageId.size(), invitedBeforeKill, MEMBERS.size());
        }
    }

    /**
     * SIGKILL with mail on its way but not in the instant between the server's acceptance and the
     * record of its key, where a mail would go twice (README, «Nobody gets the same e-mail twice»): new
     * conversations are held, and the kill comes a second after the last one ended. Then a start on
     * the same data; the held connections died with the application. How many were held.
     */
    private int killBetweenMails(ChildNode node) {
        relay.pause();
        Awaitility.await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(20))
                .until(() -> relay.quiet(Duration.ofSeconds(1)));
        int held = relay.held();
        node.app().kill();
        relay.delay(Duration.ZERO);
        relay.resume();
        node.start();
        return held;
    }

    private List<MimeMessage> subjectStarts(String prefix) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> subject(m).startsWith(prefix)).toList();
    }

    private static Map<String, Long> recipients(List<MimeMessage> messages) {
        return messages.stream().collect(Collectors.groupingBy(Mails::recipient, Collectors.counting()));
    }

    private static List<String> emails(ChildNode node, List<String> users) {
        return users.stream().map(user -> node.get("/user/" + user + "/profile").get("email").asText()).toList();
    }

    private static List<String> assignees(List<JsonNode> tasks) {
        return tasks.stream().map(t -> t.get("assignee").asText()).toList();
    }
}
