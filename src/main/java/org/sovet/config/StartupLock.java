package org.sovet.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One node at a time runs the start-up: it locks the row of startup_lock on a connection of its own
 * and keeps the lock until the work ends; the work itself commits on other connections. A node that
 * dies loses its connection and so its lock, which no lease or clean-up has to notice.
 */
@Component
class StartupLock {

    private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);

    /** H2's lock timeout and PostgreSQL's lock_not_available. */
    private static final Set<String> LOCK_TIMEOUTS = Set.of("HYT00", "55P03");

    private final DataSource dataSource;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the work holding the lock; waits at most {@code wait} for another node to finish its start-up. */
    void runExclusively(Duration wait, Runnable work) {
        try (Held held = hold(wait)) {
            work.run();
        }
    }

    /** Takes the lock until the answer is closed, for work that does not fit one call (the engine's build). */
    Held hold(Duration wait) {
        try {
            Connection connection = dataSource.getConnection();
            try {
                connection.setAutoCommit(false);
                acquire(connection, wait);
                return new Held(connection);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot use the start-up lock", e);
        }
    }

    /** The lock taken; closing releases it. */
    static final class Held implements AutoCloseable {

        private final Connection connection;

        private Held(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            // nothing was written on this connection: ending its transaction only releases the row
            try (connection) {
                connection.rollback();
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot release the start-up lock", e);
            }
        }
    }

    private static void acquire(Connection connection, Duration wait) throws SQLException {
        long seconds = Math.max(1, wait.toSeconds());
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement statement = connection.createStatement()) {
            // H2 waits for a row lock past the JDBC query timeout, so each database is bounded its own way
            if (postgres) {
                statement.execute("set local lock_timeout = '" + seconds + "s'");
            }
            String select = "select id from startup_lock where id = 1 for update" + (postgres ? "" : " wait " + seconds);
            long started = System.nanoTime();
            statement.executeQuery(select).close();
            LOG.info("Start-up lock taken after {} ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
        } catch (SQLException e) {
            if (LOCK_TIMEOUTS.contains(e.getSQLState())) {
                throw new IllegalStateException("Another node has been starting for more than " + seconds
                        + " s and still holds the start-up lock", e);
            }
            throw e;
        }
    }
}
