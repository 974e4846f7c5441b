package org.sovet.directory;

import org.sovet.common.InputRejectedException;
import org.sovet.common.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clusters (a regional administrator's) and their organizations (the cluster's secretary's or chair's),
 * live: a new cluster gets its tenant, groups and process models in the transaction that creates it.
 */
@Service
public class ClusterChanges {

    private final DirectoryRepository repository;
    private final ClusterChecks checks;
    private final DirectoryRights rights;
    private final ClusterGrants grants;
    private final DirectoryAudit audit;
    private final ApplicationEventPublisher events;

    ClusterChanges(DirectoryRepository repository, ClusterChecks checks, DirectoryRights rights, ClusterGrants grants, DirectoryAudit audit,
                   ApplicationEventPublisher events) {
        this.repository = repository;
        this.checks = checks;
        this.rights = rights;
        this.grants = grants;
        this.audit = audit;
        this.events = events;
    }

    /** Creates the cluster with its regulation ({@code null}: the defaults); every problem of both is named at once. */
    @Transactional
    public void createCluster(String actor, Cluster cluster, CouncilSettings settings) {
        rights.requireAdministrator(actor);
        Problems problems = new Problems();
        Cluster c = checks.checked(cluster, true, problems);
        CouncilSettings regulation = settings == null ? CouncilSettings.defaults(cluster.id()) : settings;
        ClusterChecks.check(regulation, problems);
        problems.reject();
        repository.saveCluster(c);
        repository.saveSettings(regulation);
        grants.syncCluster(c);
        audit.record(actor, c.id(), "CLUSTER", c.id(), "ADDED", "Создан кластер: " + c.name(), null, describe(c));
        events.publishEvent(new ClusterCreated(c.id()));
    }

    /** Changes the cluster's card and its regulation ({@code null}: kept) together: both are checked before either is saved. */
    @Transactional
    public void updateCluster(String actor, Cluster cluster, CouncilSettings settings) {
        rights.requireAdministrator(actor);
        Cluster before = repository.cluster(cluster.id()).orElseThrow(() -> new InputRejectedException("Такого кластера нет."));
        Problems problems = new Problems();
        Cluster after = checks.checked(cluster, false, problems);
        if (settings != null) {
            ClusterChecks.check(settings, problems);
        }
        problems.reject();
        if (!after.equals(before)) {
            repository.saveCluster(after);
            grants.syncCluster(after);
            audit.record(actor, after.id(), "CLUSTER", after.id(), "CHANGED", "Изменены сведения о кластере: " + after.name(),
                    describe(before), describe(after));
        }
        if (settings != null && !settings.equals(repository.settings(after.id()).orElse(null))) {
            saveSettings(actor, settings);
        }
    }

    /** The council's regulation: quorum, signers, numbering and the rest. */
    @Transactional
    public void saveSettings(String actor, CouncilSettings settings) {
        rights.requireAdministrator(actor);
        Problems problems = new Problems();
        if (repository.cluster(settings.clusterId()).isEmpty()) {
            problems.add("Такого кластера нет.");
        }
        ClusterChecks.check(settings, problems);
        problems.reject();
        CouncilSettings before = repository.settings(settings.clusterId()).orElse(null);
        repository.saveSettings(settings);
        audit.record(actor, settings.clusterId(), "SETTINGS", settings.clusterId(), "CHANGED", "Изменён регламент Совета",
                before == null ? null : before.toString(), settings.toString());
        events.publishEvent(new CouncilSettingsChanged(settings.clusterId()));
    }

    /** Adds or changes an organization of the cluster; returns its id. */
    @Transactional
    public String saveOrganization(String actor, String clusterId, OrganizationForm form) {
        rights.requireKeeper(actor, clusterId);
        Problems problems = new Problems();
        String shortName = form.shortName() == null ? "" : form.shortName().trim();
        String fullName = form.fullName() == null || form.fullName().isBlank() ? shortName : form.fullName().trim();
        if (shortName.isEmpty()) {
            problems.add("shortName", "Укажите краткое название организации, как его пишут в протоколах.");
        } else if (shortName.length() > 300 || fullName.length() > 1000) {
            problems.add("shortName", "Название слишком длинное: краткое до 300 знаков, полное до 1000.");
        }
        Organization before = form.id() == null ? null : repository.organization(form.id())
                .filter(o -> o.clusterId().equals(clusterId)).orElse(null);
        if (form.id() != null && before == null) {
            problems.add("Такой организации нет в этом кластере.");
        }
        problems.reject();
        String id = before != null ? before.id() : clusterId + "-org-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Organization after = new Organization(id, clusterId, shortName, fullName, form.anchor());
        repository.saveOrganization(after);
        audit.record(actor, clusterId, "ORGANIZATION", id, before == null ? "ADDED" : "CHANGED",
                (before == null ? "Добавлена организация: " : "Изменена организация: ") + shortName,
                before == null ? null : before.fullName(), fullName);
        return id;
    }

    private static String describe(Cluster c) {
        return String.join("; ", c.name(), c.areaGenitive(), c.locality(), c.district() == null ? "" : c.district(), c.timeZone(),
                c.councilName() == null ? "" : c.councilName());
    }
}
