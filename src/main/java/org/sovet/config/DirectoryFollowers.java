package org.sovet.config;

import java.time.Duration;
import org.sovet.directory.ClusterCreated;
import org.sovet.directory.CouncilSettingsChanged;
import org.sovet.directory.RoleDates;
import org.sovet.directory.PersonDeactivated;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What the engine and the web layer do when the directory changes: a new cluster gets the council's
 * models and retention, a changed regulation its retention; a deactivated person's open sessions end on every node; once a day, roles that
 * begin or end with the date take effect (one node at a time, under the start-up lock).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DirectoryFollowers {

    private final TenantProcessDeployer deployer;
    private final HistoryRetention retention;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final RoleDates roleDates;
    private final StartupLock lock;

    DirectoryFollowers(TenantProcessDeployer deployer, HistoryRetention retention,
                       FindByIndexNameSessionRepository<? extends Session> sessions, RoleDates roleDates, StartupLock lock) {
        this.deployer = deployer;
        this.retention = retention;
        this.sessions = sessions;
        this.roleDates = roleDates;
        this.lock = lock;
    }

    @EventListener
    void deployForNewCluster(ClusterCreated event) {
        deployer.deployFor(event.clusterId());
        retention.applyTo(event.clusterId());
    }

    @EventListener
    void applyRetention(CouncilSettingsChanged event) {
        retention.applyTo(event.clusterId());
    }

    /** After commit: a deactivation that rolled back ends no one's session. */
    @TransactionalEventListener
    void endSessions(PersonDeactivated event) {
        sessions.findByPrincipalName(event.personId()).keySet().forEach(sessions::deleteById);
    }

    @Scheduled(cron = "${sovet.directory.dates-cron:0 5 0 * * *}", zone = "${sovet.time-zone:Europe/Kirov}")
    void applyRoleDates() {
        lock.runExclusively(Duration.ofMinutes(10), roleDates::apply);
    }
}
