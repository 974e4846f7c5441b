package org.sovet.config;

import org.sovet.directory.Directory;
import org.sovet.directory.DirectoryImport;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start: import the directory (if one is configured), deploy per cluster with its history retention,
 * move running instances to the latest models, ensure filters.
 */
@Component
class Bootstrap implements ApplicationRunner {

    private final SovetProperties properties;
    private final DirectoryImport directoryImport;
    private final Directory directory;
    private final TenantProcessDeployer deployer;
    private final HistoryRetention retention;
    private final TasklistFilters filters;
    private final InstanceMigration migration;

    Bootstrap(SovetProperties properties, DirectoryImport directoryImport, Directory directory,
              TenantProcessDeployer deployer, HistoryRetention retention, TasklistFilters filters, InstanceMigration migration) {
        this.properties = properties;
        this.directoryImport = directoryImport;
        this.directory = directory;
        this.deployer = deployer;
        this.retention = retention;
        this.filters = filters;
        this.migration = migration;
    }

    @Override
    public void run(ApplicationArguments args) {
        String location = properties.directory().importLocation();
        if (location != null && !location.isBlank()) {
            directoryImport.importFrom(location);
        }
        directory.clusters().forEach(cluster -> {
            deployer.deployFor(cluster.id());
            migration.toLatest(cluster.id());
            retention.applyTo(cluster.id());
        });
        filters.ensureFilters();
    }
}
