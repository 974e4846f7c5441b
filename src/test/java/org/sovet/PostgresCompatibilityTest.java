package org.sovet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.sovet.plan.WorkPlanFixture;
import org.sovet.plan.WorkPlanProcess;
import org.sovet.plan.WorkPlanService;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The production database: Flyway's schema and Camunda's on a real PostgreSQL, one plan end to end.
 * In a mock servlet environment, without a server: closing a context with a server tears down the
 * static state of Camunda's webapps (Tasklist, Cockpit, Admin), which the other tests' context serves.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class PostgresCompatibilityTest extends SovetTest {

    private static final EmbeddedPostgres POSTGRES = start();

    @Autowired WorkPlanFixture plan;
    @Autowired WorkPlanService plans;
    @Autowired JdbcClient jdbc;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
    }

    @Test
    void shouldRunThePlanApprovalOnPostgres() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
        int year = Year.now(ZoneId.of("Europe/Kirov")).getValue();
        ProcessInstance instance = plan.start(year);
        plan.draft(instance, WorkPlanFixture.podosinovetsPlan(), WorkPlanProcess.ACTION_SUBMIT);
        plan.approve(instance, "1-од", LocalDate.now(ZoneId.of("Europe/Kirov")));
        scenario.runJobs(instance.getId());

        assertThat(instance).isEnded();
        long planId = jdbc.sql("select id from work_plan").query(Long.class).single();
        assertThat(plans.content(planId)).isEqualTo(WorkPlanFixture.podosinovetsPlan());
        assertThat(plans.document(planId).content()).startsWith("%PDF".getBytes());
        assertThat(MAIL.getReceivedMessages()).hasSize(6);
    }

    private static EmbeddedPostgres start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            // closed at JVM exit, after @DirtiesContext has closed the application's connection pool
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the server process dies with it
                }
            }));
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
