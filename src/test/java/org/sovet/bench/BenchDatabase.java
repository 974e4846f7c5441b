package org.sovet.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The database kind both applications run on: H2 files under the bench directory, or one embedded PostgreSQL 16
 * (zonky, as the tests use) holding a database for each.
 */
final class BenchDatabase implements AutoCloseable {

    private final String kind;
    private final Path root;
    private final EmbeddedPostgres postgres;
    private final Optional<ServerCpu> serverCpu;

    private BenchDatabase(String kind, Path root, EmbeddedPostgres postgres) {
        this.kind = kind;
        this.root = root;
        this.postgres = postgres;
        this.serverCpu = postgres == null ? Optional.empty() : ServerCpu.of(root.resolve("postgresql"));
    }

    static BenchDatabase start(String kind, Path root) {
        if ("h2".equals(kind)) {
            return new BenchDatabase(kind, root, null);
        }
        if (!"postgresql".equals(kind)) {
            throw new IllegalArgumentException("--db h2 or --db postgresql, not " + kind);
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(root.resolve("postgresql"))
                    .setCleanDataDirectory(true).start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                for (String database : List.of("sovet", "floor")) {
                    connection.createStatement().execute("create database " + database);
                }
            }
            return new BenchDatabase(kind, root, postgres);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    String kind() {
        return kind;
    }

    /** The database server's CPU so far; empty for H2, which runs inside the application and is counted there. */
    Optional<Duration> serverCpu() {
        return serverCpu.map(ServerCpu::used);
    }

    /** Spring arguments pointing an application at its database; Sovet's H2 file comes from its data directory. */
    List<String> arguments(String database, Path h2File) {
        if (postgres == null) {
            return h2File == null ? List.of() : List.of("--spring.datasource.url=jdbc:h2:file:" + h2File.toAbsolutePath()
                    + ";DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=30000;QUERY_CACHE_SIZE=256");
        }
        return List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", database),
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--spring.datasource.driver-class-name=org.postgresql.Driver");
    }

    /** The database's size in bytes: the H2 file, or {@code pg_database_size}. */
    long size(String database, Path h2File) {
        try {
            if (postgres == null) {
                return Files.size(Path.of(h2File + ".mv.db"));
            }
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 PreparedStatement size = connection.prepareStatement("select pg_database_size(?)")) {
                size.setString(1, database);
                try (ResultSet result = size.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A connection of the bench's own to the application's database (H2 only while the application is stopped). */
    Connection connection(String database, Path h2File) throws SQLException {
        Connection connection = postgres == null
                ? DriverManager.getConnection("jdbc:h2:file:" + h2File.toAbsolutePath() + ";AUTO_SERVER=FALSE", "sa", "")
                : postgres.getDatabase("postgres", database).getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    Path root() {
        return root;
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }
}
