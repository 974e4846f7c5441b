package org.sovet.config;

import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sovet.directory.Directory;
import org.sovet.directory.DirectoryImport;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start: import the directory (if one is configured), deploy per cluster with its history retention,
 * move running instances to the latest models, ensure filters. Nodes starting together take turns
 * under the start-up lock; the later ones find everything done, as every step is idempotent. Only then
 * does the node run jobs.
 */
@Component
class Bootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(Bootstrap.class);

    /** Long enough for another node to deploy every cluster's models and migrate its instances. */
    private static final Duration LOCK_WAIT = Duration.ofMinutes(10);

    /** SQLSTATE of a unique or primary key violation, on H2 and PostgreSQL alike. */
    private static final String DUPLICATE_KEY = "23505";

    private final SovetProperties properties;
    private final DirectoryImport directoryImport;
    private final Directory directory;
    private final TenantProcessDeployer deployer;
    private final HistoryRetention retention;
    private final TasklistFilters filters;
    private final InstanceMigration migration;
    private final StartupLock lock;
    private final DeferredJobExecutor jobExecutor;

    Bootstrap(SovetProperties properties, DirectoryImport directoryImport, Directory directory,
              TenantProcessDeployer deployer, HistoryRetention retention, TasklistFilters filters,
              InstanceMigration migration, StartupLock lock, DeferredJobExecutor jobExecutor) {
        this.properties = properties;
        this.directoryImport = directoryImport;
        this.directory = directory;
        this.deployer = deployer;
        this.retention = retention;
        this.filters = filters;
        this.migration = migration;
        this.lock = lock;
        this.jobExecutor = jobExecutor;
    }

    @Override
    public void run(ApplicationArguments args) {
        lock.runExclusively(LOCK_WAIT, this::startUp);
        jobExecutor.start();
    }

    private void startUp() {
        String location = properties.directory().importLocation();
        if (location != null && !location.isBlank()) {
            importDirectory(location);
        }
        directory.clusters().forEach(cluster -> {
            // the engine serializes deployments itself (its deployment lock)
            deployer.deployFor(cluster.id());
            migration.toLatest(cluster.id());
            retention.applyTo(cluster.id());
        });
        filters.ensureFilters();
    }

    /**
     * The import checks, then creates tenants, groups, memberships and grants; it loses to a node that
     * created the same row in between (one started without the lock, or by an older version). Its
     * transaction is gone then, so it runs once more and now finds that row.
     */
    private void importDirectory(String location) {
        try {
            directoryImport.seedFrom(location);
        } catch (RuntimeException e) {
            if (!isDuplicateKey(e)) {
                throw e;
            }
            LOG.warn("The directory import met a row another node created at the same moment; importing again");
            directoryImport.seedFrom(location);
        }
    }

    private static boolean isDuplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && DUPLICATE_KEY.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
