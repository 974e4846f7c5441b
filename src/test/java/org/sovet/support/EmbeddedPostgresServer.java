package org.sovet.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * One PostgreSQL 16 per test JVM (zonky's binaries from Maven Central, nothing to install), started on
 * first use and stopped by zonky's own shutdown hook; {@link TestContextsClosedFirst} closes the
 * application contexts before that. Each application database of the tests is a database of its own on it.
 */
public final class EmbeddedPostgresServer {

    public static final String USER = "postgres";

    private static EmbeddedPostgres server;
    private static final Set<String> DATABASES = new HashSet<>();

    private EmbeddedPostgresServer() {
    }

    /** The JDBC URL of this database, created empty on first use. */
    public static synchronized String jdbcUrl(String database) {
        EmbeddedPostgres postgres = server();
        if (DATABASES.add(database)) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("create database \"" + database + "\"");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create the test database " + database, e);
            }
        }
        return postgres.getJdbcUrl(USER, database);
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                // a throw-away server: durability is not what these tests check, speed under a shared CPU is
                server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }
}
