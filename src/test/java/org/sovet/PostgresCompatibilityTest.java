package org.sovet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.sovet.support.DatabaseRefusals.assertRefused;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.sovet.plan.WorkPlanFixture;
import org.sovet.plan.WorkPlanProcess;
import org.sovet.plan.WorkPlanService;
import org.sovet.support.EmbeddedPostgresServer;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The production database: Flyway's schema and Camunda's on a real PostgreSQL, one plan end to end, and
 * the triggers that keep closed records closed.
 * In a mock servlet environment, without a server: closing a context with a server tears down the
 * static state of Camunda's webapps (Tasklist, Cockpit, Admin), which the other tests' context serves.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class PostgresCompatibilityTest extends SovetTest {

    @Autowired WorkPlanFixture plan;
    @Autowired WorkPlanService plans;
    @Autowired JdbcClient jdbc;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> EmbeddedPostgresServer.jdbcUrl("sovet_compatibility"));
        registry.add("spring.datasource.username", () -> EmbeddedPostgresServer.USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
    }

    @Test
    void shouldRunThePlanApprovalOnPostgres() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 16.");
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

    @Test
    void shouldKeepASignedProtocolAndMeetingClosedOnPostgres() {
        long meeting = jdbc.sql("insert into meeting (cluster_id, numbering_period, protocol_number, starts_at, duration_minutes, format,"
                        + " theme, proposal_deadline, status, created_by, created_at) values ('podosinovets', '2025', 1, current_timestamp,"
                        + " 120, 'IN_PERSON', 'Итоги работы кластера', current_timestamp, 'HELD', 'kolesnikova', current_timestamp) returning id")
                .query(Long.class).single();
        jdbc.sql("insert into agenda_item (meeting_id, position, title, speaker_name, minutes) values (?, 0, 'Анализ работы', 'Воронцов А.Н.', 10)")
                .param(meeting).update();
        jdbc.sql("insert into protocol (meeting_id, status, pdf, docx) values (?, 'SIGNING', ?, ?)")
                .params(meeting, new byte[] {1}, new byte[] {2}).update();
        jdbc.sql("insert into protocol_signature (meeting_id, signer_id, role, signed_at) values (?, 'vorontsov', 'CHAIR', current_timestamp)")
                .param(meeting).update();
        long file = jdbc.sql("insert into stored_file (folder, file_name, content_type, content, size_bytes, uploaded_by, uploaded_at)"
                        + " values (?, 'график.xlsx', 'application/vnd.ms-excel', '\\x01', 1, 'kolesnikova', current_timestamp) returning id")
                .param("meeting-" + meeting).query(Long.class).single();
        jdbc.sql("insert into protocol_annex (meeting_id, number, material_id, title, sheets, file_name, content_type, content, sha256)"
                        + " values (?, 1, ?, 'График посещений', 1, 'график.xlsx', 'application/vnd.ms-excel', '\\x01', 'abc')")
                .params(meeting, file).update();

        // signing is the last change a protocol and its meeting take
        assertThat(jdbc.sql("update protocol set status = 'SIGNED', sha256 = 'abc', signed_at = current_timestamp where meeting_id = ?")
                .param(meeting).update()).isOne();
        assertThat(jdbc.sql("update meeting set status = 'SIGNED' where id = ?").param(meeting).update()).isOne();
        assertRefused(jdbc, "Протокол подписан и не может быть изменён.",
                "update protocol set status = 'DRAFT' where meeting_id = " + meeting,
                "update protocol set pdf = docx where meeting_id = " + meeting,
                "delete from protocol where meeting_id = " + meeting,
                "delete from protocol_signature where meeting_id = " + meeting,
                "update protocol_annex set sheets = 2 where meeting_id = " + meeting,
                "delete from protocol_annex where meeting_id = " + meeting,
                "insert into protocol_annex (meeting_id, number, material_id, title, sheets, file_name, content_type, content, sha256)"
                        + " values (" + meeting + ", 2, " + file + ", 'Ещё', 1, 'график.xlsx', 'application/vnd.ms-excel', '\\x01', 'abc')",
                "insert into protocol_signature (meeting_id, signer_id, role, signed_at) values (" + meeting + ", 'kolesnikova', 'SECRETARY', current_timestamp)");
        assertRefused(jdbc, "Заседание закрыто (протокол подписан или заседание отменено) и не может быть изменено.",
                "update meeting set status = 'AGENDA' where id = " + meeting,
                "update agenda_item set title = 'Другой вопрос' where meeting_id = " + meeting,
                "insert into stored_file (folder, file_name, content_type, content, size_bytes, uploaded_by, uploaded_at)"
                        + " values ('meeting-" + meeting + "', 'подмена.pdf', 'application/pdf', '\\x01', 1, 'kolesnikova', current_timestamp)");
        assertThat(jdbc.sql("select status from protocol where meeting_id = ?").param(meeting).query(String.class).single()).isEqualTo("SIGNED");
    }
}
