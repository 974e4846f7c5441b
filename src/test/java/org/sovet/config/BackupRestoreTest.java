package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.h2.tools.RunScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sovet.followup.FollowUpProcess;
import org.sovet.meeting.MeetingProcess;
import org.sovet.plan.WorkPlanProcess;
import org.sovet.support.ChildNode;
import org.sovet.support.CouncilOverRest;

/**
 * Backups as README «Backup and restore» tells an operator to take and restore them, each taken while
 * the application runs, the application then stopped, the backup restored into a fresh data directory
 * or database and the application started on it: the signed protocol still verifies, the open tasks and
 * the pending timer are there and the work goes on. H2: /admin/backup and RunScript. PostgreSQL:
 * {@code pg_dump -Fc} and {@code pg_restore} (Debian's postgresql-client 15) against a PostgreSQL 15 server.
 */
class BackupRestoreTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Kirov"));
    /** Copied there by the build (pom.xml, maven-dependency-plugin): zonky's PostgreSQL 15 for linux-amd64. */
    private static final Path POSTGRES_15 = Path.of("target", "postgres-15", "postgres-15-binaries.jar");

    @TempDir
    Path temp;

    /** What the first application made and the restored one must show. */
    private record Made(String plan, String assignment, long meetingId, String sha256, String dueAt) {}

    @Test
    void shouldRestoreAnOnlineH2BackupWithItsSignedProtocolOpenTasksAndTimers() throws Exception {
        String backup;
        Made made;
        try (ChildNode node = new ChildNode(temp.resolve("data")).start()) {
            made = make(node);
            assertThat(node.app().call("POST", "/admin/backup", CouncilOverRest.SECRETARY, "demo", null).statusCode())
                    .as("a secretary takes no backup").isEqualTo(403);
            assertThat(node.app().call("POST", "/admin/backup", "nobody", "demo", null).statusCode())
                    .as("nor anyone without an account (a wrong password would hold the administrator's next login)").isEqualTo(401);
            backup = node.call("POST", "/admin/backup", ChildNode.ADMIN, null).get("file").asText();
            new CouncilOverRest(node).report(made.assignment());
            node.stop();
        }
        assertThat(Path.of(backup)).startsWith(temp.resolve("data").resolve("backups")).isRegularFile();

        Path restored = temp.resolve("restored");
        Files.createDirectories(restored);
        RunScript.main("-url", "jdbc:h2:file:" + restored.resolve("sovet"), "-user", "sa", "-script", backup,
                "-options", "compression", "zip");

        try (ChildNode node = new ChildNode(restored).start()) {
            checkRestoredAndGoOn(node, made);
        }
    }

    @Test
    void shouldRestoreAnOnlinePgDumpIntoAFreshDatabase() throws Exception {
        Path dump = temp.resolve("sovet.dump");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPgBinaryResolver(BackupRestoreTest::postgres15).start()) {
            try (var connection = postgres.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
                var version = statement.executeQuery("show server_version_num");
                version.next();
                assertThat(version.getInt(1)).as("a server Debian 12's pg_dump 15 accepts").isBetween(150000, 159999);
                statement.execute("create database sovet");
                statement.execute("create database sovet_restored");
            }
            Made made;
            try (ChildNode node = onPostgres(postgres, "sovet").start()) {
                made = make(node);
                assertThat(node.app().call("POST", "/admin/backup", ChildNode.ADMIN, "demo", null).statusCode())
                        .as("PostgreSQL is dumped with pg_dump").isEqualTo(409);
                run("pg_dump", "-h", "localhost", "-p", String.valueOf(postgres.getPort()), "-U", "postgres", "-d", "sovet",
                        "-Fc", "-f", dump.toString());
                new CouncilOverRest(node).report(made.assignment());
                node.stop();
            }
            run("pg_restore", "-h", "localhost", "-p", String.valueOf(postgres.getPort()), "-U", "postgres", "-d", "sovet_restored",
                    "--no-owner", "--exit-on-error", dump.toString());

            try (ChildNode node = onPostgres(postgres, "sovet_restored").start()) {
                checkRestoredAndGoOn(node, made);
            }
        }
    }

    /** A signed protocol with an open assignment (a task, its due timer) and a plan's draft task. */
    private static Made make(ChildNode node) {
        CouncilOverRest council = new CouncilOverRest(node);
        String plan = council.startPlan(TODAY.getYear());
        String held = council.enterHeldMeeting(TODAY.minusDays(10));
        council.enterHeldAgenda(held);
        council.recordAttendance(held, List.of("vorontsov", "kolesnikova", "zueva", "belyaev", "polyakova"));
        council.recordSession(held);
        String protocol = node.calledInstance(held);
        council.reviewProtocol(protocol);
        council.sign(protocol, CouncilOverRest.CHAIR);
        council.sign(protocol, CouncilOverRest.SECRETARY);
        node.awaitJobsDone();
        long meetingId = council.meetingId(held);
        String assignment = council.assignment();
        return new Made(plan, assignment, meetingId, council.verify(meetingId).get("sha256").asText(),
                council.timer(assignment, FollowUpProcess.Elements.DUE).get("dueDate").asText());
    }

    /** The state of the backup (the report made after it is not there), and every open task completes. */
    private static void checkRestoredAndGoOn(ChildNode node, Made made) {
        CouncilOverRest council = new CouncilOverRest(node);
        JsonNode verified = council.verify(made.meetingId());
        assertThat(verified.get("signed").asBoolean()).isTrue();
        assertThat(verified.get("valid").asBoolean()).as("the restored PDF is the signed one").isTrue();
        assertThat(verified.get("sha256").asText()).isEqualTo(made.sha256());
        assertThat(council.auditCsv(made.meetingId())).contains("за — 5, против — нет, воздержались — нет; принято", "Протокол подписан");
        assertThat(node.task(made.plan(), WorkPlanProcess.Elements.DRAFT_PLAN, CouncilOverRest.SECRETARY)).isNotNull();
        assertThat(council.timer(made.assignment(), FollowUpProcess.Elements.DUE).get("dueDate").asText())
                .as("the timer as it was").isEqualTo(made.dueAt());

        council.report(made.assignment());
        council.accept(made.assignment());
        council.submitPlanDraft(made.plan());
        council.approvePlan(made.plan());
        node.awaitJobsDone();
        assertThat(node.state(made.assignment())).isEqualTo("COMPLETED");
        assertThat(node.state(made.plan())).isEqualTo("COMPLETED");
        assertThat(node.get("/incident/count").get("count").asInt()).isZero();
        assertThat(node.get("/process-instance?processDefinitionKey=" + MeetingProcess.KEY)).as("the meeting ended signed").isEmpty();
    }

    private ChildNode onPostgres(EmbeddedPostgres postgres, String database) throws IOException {
        // the data directory still holds what is not the database (the storage probe checks its disk)
        return new ChildNode(Files.createDirectories(temp.resolve(database)), "--spring.profiles.active=demo,postgres",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", database),
                "--spring.datasource.username=postgres", "--spring.datasource.password=");
    }

    private static InputStream postgres15(String system, String hardware) throws IOException {
        assertThat(POSTGRES_15).as("built by mvn generate-test-resources").isRegularFile();
        try (ZipFile jar = new ZipFile(POSTGRES_15.toFile())) {
            return new ByteArrayInputStream(jar.getInputStream(jar.getEntry("postgres-linux-x86_64.txz")).readAllBytes());
        }
    }

    /** Runs an operator's command; a missing tool fails the test (CI installs postgresql-client), never skips it. */
    private static void run(String... command) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is missing: install Debian's postgresql-client (bash .ci/run does)", e);
        }
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("%s:%n%s", String.join(" ", command), output).isZero();
    }
}
