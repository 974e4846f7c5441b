package org.sovet.config;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.executor.Executor;
import liquibase.executor.ExecutorService;
import liquibase.statement.core.CreateDatabaseChangeLogLockTableStatement;
import liquibase.statement.core.InitializeDatabaseChangeLogLockTableStatement;

/**
 * Liquibase's lock table, created with Liquibase's own statements before Liquibase first looks for it.
 * Liquibase probes an absent lock table by selecting from it, and on H2 every failed statement is a stack
 * trace in the database's trace file: after this, the first start on an empty database traces nothing.
 */
final class LiquibaseLockTable {

    private static final String NAME = "databasechangeloglock";

    private LiquibaseLockTable() {
    }

    /** Creates and initializes the table on this connection when the database has none; commits. */
    static void createIfAbsent(Connection connection) throws SQLException, DatabaseException {
        if (exists(connection.getMetaData(), NAME)) {
            return;
        }
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        Executor executor = Scope.getCurrentScope().getSingleton(ExecutorService.class).getExecutor("jdbc", database);
        executor.execute(new CreateDatabaseChangeLogLockTableStatement());
        executor.execute(new InitializeDatabaseChangeLogLockTableStatement());
        database.commit();
    }

    /** Through JDBC metadata, which asks the catalog and fails for nothing; H2 keeps names upper case. */
    static boolean exists(DatabaseMetaData metaData, String name) throws SQLException {
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
