package org.sovet.directory;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.regex.Pattern;
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

    /** A cluster's id is its Camunda tenant id and part of its group ids: short, Latin, lower case. */
    private static final Pattern CLUSTER_ID = Pattern.compile("[a-z][a-z0-9]{1,39}");

    private final DirectoryRepository repository;
    private final DirectoryRights rights;
    private final ClusterGrants grants;
    private final DirectoryAudit audit;
    private final ApplicationEventPublisher events;

    ClusterChanges(DirectoryRepository repository, DirectoryRights rights, ClusterGrants grants, DirectoryAudit audit,
                   ApplicationEventPublisher events) {
        this.repository = repository;
        this.rights = rights;
        this.grants = grants;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public void createCluster(String actor, Cluster cluster) {
        rights.requireAdministrator(actor);
        Cluster c = checked(cluster, true);
        repository.saveCluster(c);
        repository.saveSettings(CouncilSettings.defaults(c.id()));
        grants.syncCluster(c);
        audit.record(actor, c.id(), "CLUSTER", c.id(), "ADDED", "Создан кластер: " + c.name(), null, describe(c));
        events.publishEvent(new ClusterCreated(c.id()));
    }

    @Transactional
    public void updateCluster(String actor, Cluster cluster) {
        rights.requireAdministrator(actor);
        Cluster before = repository.cluster(cluster.id()).orElseThrow(() -> new org.sovet.common.InputRejectedException("Такого кластера нет."));
        Cluster after = checked(cluster, false);
        if (after.equals(before)) {
            return;
        }
        repository.saveCluster(after);
        grants.syncCluster(after);
        audit.record(actor, after.id(), "CLUSTER", after.id(), "CHANGED", "Изменены сведения о кластере: " + after.name(),
                describe(before), describe(after));
    }

    /** The council's regulation: quorum, signers, numbering and the rest. */
    @Transactional
    public void saveSettings(String actor, CouncilSettings settings) {
        rights.requireAdministrator(actor);
        check(settings);
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

    private void check(CouncilSettings s) {
        Problems problems = new Problems();
        if (repository.cluster(s.clusterId()).isEmpty()) {
            problems.add("Такого кластера нет.");
        }
        if (s.quorumPercent() < 1 || s.quorumPercent() > 100) {
            problems.add("quorumPercent", "Кворум — от 1 до 100 процентов членов Совета.");
        }
        if (s.qualifiedPercent() < 50 || s.qualifiedPercent() > 100) {
            problems.add("qualifiedPercent", "Квалифицированное большинство — от 50 до 100 процентов.");
        }
        if (!CouncilSettings.SIGNER_CHOICES.contains(s.signers()) || !CouncilSettings.SIGNER_CHOICES.contains(s.writtenSigners())) {
            problems.add("signers", "Выберите, кто подписывает протоколы, из списка.");
        }
        if (s.proposalDays() < 0 || s.proposalDays() > 60 || s.reminderDays() < 0 || s.reminderDays() > 30) {
            problems.add("proposalDays", "Срок предложений — от 0 до 60 дней, напоминание — от 0 до 30 дней до заседания.");
        }
        if (s.historyRetentionDays() < 1) {
            problems.add("historyRetentionDays", "История хранится хотя бы один день.");
        }
        if (!"PER_ITEM".equals(s.decisionsLayout()) && !"LIST".equals(s.decisionsLayout())) {
            problems.add("decisionsLayout", "Выберите, как протокол записывает решения, из списка.");
        }
        problems.reject();
    }

    private Cluster checked(Cluster c, boolean isNew) {
        Problems problems = new Problems();
        if (c.id() == null || !CLUSTER_ID.matcher(c.id()).matches()) {
            problems.add("id", "Код кластера — латинские строчные буквы и цифры, от 2 до 40 знаков, например podosinovets.");
        } else if (isNew && repository.cluster(c.id()).isPresent()) {
            problems.add("id", "Кластер с кодом " + c.id() + " уже есть.");
        }
        required(problems, "name", c.name(), "Укажите название кластера.");
        required(problems, "areaGenitive", c.areaGenitive(), "Укажите район в родительном падеже: «Подосиновского района».");
        required(problems, "locality", c.locality(), "Укажите населённый пункт: «пгт Подосиновец».");
        String zone = c.timeZone() == null || c.timeZone().isBlank() ? "Europe/Kirov" : c.timeZone().trim();
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            problems.add("timeZone", "Неизвестный часовой пояс: " + zone + ".");
        }
        problems.reject();
        return new Cluster(c.id(), c.name().trim(), c.areaGenitive().trim(), c.locality().trim(),
                c.district() == null || c.district().isBlank() ? null : c.district().trim(), zone,
                c.councilName() == null || c.councilName().isBlank() ? null : c.councilName().trim());
    }

    private static void required(Problems problems, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            problems.add(field, message);
        }
    }

    private static String describe(Cluster c) {
        return String.join("; ", c.name(), c.areaGenitive(), c.locality(), c.district() == null ? "" : c.district(), c.timeZone(),
                c.councilName() == null ? "" : c.councilName());
    }
}
