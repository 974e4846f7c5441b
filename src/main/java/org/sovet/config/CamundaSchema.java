package org.sovet.config;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.executor.Executor;
import liquibase.executor.ExecutorService;
import liquibase.statement.core.CreateDatabaseChangeLogLockTableStatement;
import liquibase.statement.core.InitializeDatabaseChangeLogLockTableStatement;
import liquibase.exception.LiquibaseException;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Camunda's own tables, created and upgraded by the Liquibase changelog Camunda ships in its engine jar
 * (the engine's schema-update is off: it would alter a production schema from whichever node starts first,
 * without a record of what it did). It runs under the start-up lock: nodes starting together on a new
 * database take turns (each would otherwise create Liquibase's own lock table at once).
 * A database whose Camunda tables were created by the engine itself (Sovet before this change) is adopted:
 * the changelog is marked as run up to the version its tables are at, and only later upgrades run.
 * Not a {@link SpringLiquibase} bean: Spring Boot would run such a bean before Flyway, and Flyway's domain
 * migrations must find an empty schema the first time.
 */
class CamundaSchema implements InitializingBean {

    static final String CHANGELOG = "classpath:org/camunda/bpm/engine/db/liquibase/camunda-changelog.xml";

    private static final Logger log = LoggerFactory.getLogger(CamundaSchema.class);

    /** Long enough for another node to create or upgrade Camunda's tables. */
    private static final Duration LOCK_WAIT = Duration.ofMinutes(10);

    private final DataSource dataSource;
    private final StartupLock lock;

    CamundaSchema(DataSource dataSource, StartupLock lock) {
        this.dataSource = dataSource;
        this.lock = lock;
    }

    @Override
    public void afterPropertiesSet() throws Exception {
        Changelog changelog = new Changelog();
        changelog.setDataSource(dataSource);
        changelog.setChangeLog(CHANGELOG);
        changelog.setResourceLoader(new DefaultResourceLoader(getClass().getClassLoader()));
        try (StartupLock.Held held = lock.hold(LOCK_WAIT)) {
            // no call out of the network at start-up: Liquibase's usage analytics stay off
            Scope.child(Map.of("liquibase.analytics.enabled", false), () -> {
                changelog.createLockTable();
                changelog.adoptTablesTheEngineCreated();
                changelog.afterPropertiesSet();
            });
        }
    }

    private static final class Changelog extends SpringLiquibase {

        /**
         * Liquibase's lock table, created with Liquibase's own statements before Liquibase first looks for it:
         * Liquibase probes an absent one by selecting from it, and on H2 every failed statement is a stack trace in
         * the database's trace file. After this, a first start on an empty database traces nothing.
         */
        void createLockTable() throws SQLException, LiquibaseException {
            try (Connection connection = getDataSource().getConnection()) {
                if (hasTable(connection.getMetaData(), "databasechangeloglock")) {
                    return;
                }
                Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
                Executor executor = Scope.getCurrentScope().getSingleton(ExecutorService.class).getExecutor("jdbc", database);
                executor.execute(new CreateDatabaseChangeLogLockTableStatement());
                executor.execute(new InitializeDatabaseChangeLogLockTableStatement());
                database.commit();
            }
        }

        void adoptTablesTheEngineCreated() throws SQLException, LiquibaseException {
            try (Connection connection = getDataSource().getConnection()) {
                DatabaseMetaData metaData = connection.getMetaData();
                if (!hasTable(metaData, "act_ge_schema_log") || hasTable(metaData, "databasechangelog")) {
                    return;
                }
                Optional<String> tag = schemaVersionTag(connection);
                if (tag.isEmpty()) {
                    return;
                }
                CamundaSchema.log.info("Camunda's tables were created by the engine at {}: marking Camunda's changelog as run up to it", tag.get());
                try (Liquibase liquibase = createLiquibase(connection)) {
                    liquibase.changeLogSync(tag.get(), new Contexts(), new LabelExpression());
                }
            }
        }
    }

    /** The changelog's tag for the newest version in Camunda's schema log: «7.24.0» for 7.24.x. */
    private static Optional<String> schemaVersionTag(Connection connection) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (var statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select version_ from act_ge_schema_log")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions.stream()
                .filter(version -> version != null && version.matches("\\d+\\.\\d+\\.\\d+.*"))
                .max(Comparator.comparingInt((String v) -> part(v, 0)).thenComparingInt(v -> part(v, 1)))
                .map(version -> part(version, 0) + "." + part(version, 1) + ".0");
    }

    private static int part(String version, int index) {
        return Integer.parseInt(version.split("\\.")[index]);
    }

    /** Through JDBC metadata, which asks the catalog and fails for nothing; H2 keeps names upper case. */
    private static boolean hasTable(DatabaseMetaData metaData, String name) throws SQLException {
        for (String candidate : List.of(name, name.toUpperCase())) {
            try (ResultSet tables = metaData.getTables(null, null, candidate, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
