package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sovet.support.Concurrently;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Camunda's tables come from the changelog Camunda ships, on H2 and on PostgreSQL; a database whose tables
 * the engine created itself (schema-update, as Sovet did before) is adopted without touching its tables.
 */
class CamundaSchemaTest {

    @Test
    void shouldCreateCamundaTablesFromItsChangelogOnH2() throws Exception {
        DataSource h2 = h2("fresh");
        migrate(h2);
        assertCamundaAt724(h2);
        assertEngineStartsWithoutChangingTheSchema(h2);
    }

    @Test
    void shouldAdoptTablesTheEngineCreatedOnH2() throws Exception {
        DataSource h2 = h2("adopted");
        createdByTheEngine(h2);
        migrate(h2);
        assertCamundaAt724(h2);
        assertThat(changesRun(h2)).as("adopted, not run again").containsOnly("EXECUTED");
        assertEngineStartsWithoutChangingTheSchema(h2);
    }

    @Test
    void shouldCreateAndAdoptCamundaTablesOnPostgres() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource fresh = postgres.getPostgresDatabase();
            migrate(fresh);
            assertCamundaAt724(fresh);
            assertEngineStartsWithoutChangingTheSchema(fresh);

            JdbcClient.create(fresh).sql("create database adopted").update();
            DataSource adopted = postgres.getDatabase("postgres", "adopted");
            createdByTheEngine(adopted);
            migrate(adopted);
            assertCamundaAt724(adopted);
            assertEngineStartsWithoutChangingTheSchema(adopted);
        }
    }

    @Test
    void shouldTraceNoSqlExceptionWhenCreatingTheSchemaInAnEmptyH2File(@TempDir Path dir) throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("sovet") + ";DB_CLOSE_ON_EXIT=FALSE");
        h2.setUser("sa");
        try (Connection open = h2.getConnection()) {
            migrate(h2);
            assertCamundaAt724(h2);
        }

        Path trace = dir.resolve("sovet.trace.db");
        assertThat(Files.exists(trace) ? Files.readAllLines(trace) : List.of()).as("H2's trace file").isEmpty();
    }

    @Test
    void shouldRunTheChangelogOnceWhenStartedAgain() throws Exception {
        DataSource h2 = h2("twice");
        migrate(h2);
        int changes = changesRun(h2).size();
        migrate(h2);
        assertThat(changesRun(h2)).hasSize(changes);
    }

    @Test
    void shouldCreateCamundaTablesOnceWhenTwoNodesStartTogetherOnPostgres() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource database = postgres.getPostgresDatabase();
            domainSchema(database);

            Concurrently.run(List.of(() -> migrated(database), () -> migrated(database)));

            assertCamundaAt724(database);
            assertThat(JdbcClient.create(database).sql("select id from databasechangelog").query(String.class).list())
                    .as("every change once").doesNotHaveDuplicates().contains("7.16.0-baseline", "7.23-to-7.24");
            assertEngineStartsWithoutChangingTheSchema(database);
        }
    }

    /** As the application starts: Flyway's domain schema (and the start-up lock's table), then Camunda's. */
    private static void migrate(DataSource dataSource) throws Exception {
        if (!JdbcClient.create(dataSource).sql("select count(*) from information_schema.tables where lower(table_name) = 'startup_lock'")
                .query(Integer.class).single().equals(1)) {
            domainSchema(dataSource);
        }
        new CamundaSchema(dataSource, new StartupLock(dataSource)).afterPropertiesSet();
    }

    private static boolean migrated(DataSource dataSource) throws Exception {
        migrate(dataSource);
        return true;
    }

    private static void domainSchema(DataSource dataSource) throws SQLException {
        String vendor;
        try (Connection connection = dataSource.getConnection()) {
            vendor = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres") ? "postgresql" : "h2";
        }
        Flyway.configure().dataSource(dataSource).table("sovet_schema_history")
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor).load().migrate();
    }

    /** Sovet before Camunda's changelog: its domain schema, then the engine creating its own tables. */
    private static void createdByTheEngine(DataSource dataSource) throws SQLException {
        domainSchema(dataSource);
        engine(dataSource, ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE).close();
    }

    private static void assertEngineStartsWithoutChangingTheSchema(DataSource dataSource) {
        ProcessEngine engine = engine(dataSource, ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        try {
            assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isZero();
        } finally {
            engine.close();
        }
    }

    private static ProcessEngine engine(DataSource dataSource, String schemaUpdate) {
        return ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setDataSource(dataSource)
                .setDatabaseSchemaUpdate(schemaUpdate)
                .setJobExecutorActivate(false)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setProcessEngineName("schema-" + System.nanoTime())
                .buildProcessEngine();
    }

    private static void assertCamundaAt724(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        assertThat(jdbc.sql("select tag from databasechangelog where tag is not null").query(String.class).list())
                .contains("7.16.0", "7.23.0", "7.24.0");
        assertThat(jdbc.sql("select count(*) from act_ru_task").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from act_hi_procinst").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from act_id_user").query(Long.class).single()).isZero();
    }

    private static List<String> changesRun(DataSource dataSource) {
        return JdbcClient.create(dataSource).sql("select exectype from databasechangelog").query(String.class).list();
    }

    private static DataSource h2(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:camunda-schema-" + name + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }
}
