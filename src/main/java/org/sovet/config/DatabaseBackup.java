package org.sovet.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The H2 database's online backup, for Camunda administrators with HTTP Basic (a cron job's curl;
 * {@link AdministratorEndpoints} lets no one else reach it):
 * H2's SCRIPT of the whole database — records, files, process state — zipped into
 * {@code <data-dir>/backups}, in one serializable transaction, so it is one consistent moment while
 * people keep working. A script, not a copy of the file: it restores into any later H2 with
 * {@code RunScript} (README «Backup and restore»). PostgreSQL is backed up with pg_dump instead.
 */
@RestController
class DatabaseBackup {

    static final String PATH = "/admin/backup";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss");

    private final DataSource dataSource;
    private final SovetProperties properties;
    private final Clock clock;

    DatabaseBackup(DataSource dataSource, SovetProperties properties, Clock clock) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.clock = clock;
    }

    @PostMapping(PATH)
    ResponseEntity<Map<String, Object>> backup() throws Exception {
        Path file = Path.of(properties.dataDir(), "backups")
                .resolve("sovet-" + LocalDateTime.now(clock.withZone(properties.timeZone())).format(STAMP) + ".zip").toAbsolutePath();
        try (Connection connection = dataSource.getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message",
                        "База данных — PostgreSQL: резервную копию снимает pg_dump (см. README, «Backup and restore»)."));
            }
            Files.createDirectories(file.getParent());
            script(connection, file);
        }
        return ResponseEntity.ok(Map.of("file", file.toString(), "bytes", Files.size(file)));
    }

    private static void script(Connection connection, Path file) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
        try (var statement = connection.createStatement()) {
            statement.execute("SCRIPT TO '" + file.toString().replace("'", "''") + "' COMPRESSION ZIP");
            connection.commit();
        } finally {
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }
}
