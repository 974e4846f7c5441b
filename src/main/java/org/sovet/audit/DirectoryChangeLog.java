package org.sovet.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.sovet.config.SovetProperties;
import org.sovet.directory.Cluster;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.Directory;
import org.sovet.directory.DirectoryChange;
import org.sovet.directory.Person;
import org.springframework.stereotype.Component;

/**
 * The directory's audit trail as people read it: who may read it (a cluster's secretary and chair, supervisors and
 * administrators), its rows with names and the council's local time, newest first, filtered by period and person.
 */
@Component
class DirectoryChangeLog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final List<String> PERSON_SUBJECTS = List.of("PERSON", "ROLE");

    private final Directory directory;
    private final IdentityService identity;
    private final ZoneId defaultZone;

    DirectoryChangeLog(Directory directory, IdentityService identity, SovetProperties properties) {
        this.directory = directory;
        this.identity = identity;
        this.defaultZone = properties.timeZone();
    }

    boolean readsAll(String userId) {
        return directory.person(userId).map(Person::supervisor).orElse(false)
                || identity.createGroupQuery().groupMember(userId).groupId(Groups.CAMUNDA_ADMIN).count() > 0;
    }

    boolean mayRead(String userId, String clusterId) {
        return readsAll(userId) || directory.rolesOf(userId, clusterId).stream()
                .anyMatch(role -> role == CouncilRole.SECRETARY || role == CouncilRole.CHAIR);
    }

    /** The changes of one cluster, or of all of them and those of no cluster when {@code clusterId} is null. */
    List<DirectoryChange> changes(String clusterId) {
        if (clusterId != null) {
            return directory.changes(clusterId);
        }
        return directory.allChanges();
    }

    /** Rows between the days (either may be null: open), concerning or made by the person (null: anyone). */
    List<Row> rows(List<DirectoryChange> changes, LocalDate from, LocalDate to, String personId) {
        Map<String, String> clusterNames = new LinkedHashMap<>();
        Map<String, ZoneId> zones = new LinkedHashMap<>();
        directory.clusters().forEach(c -> {
            clusterNames.put(c.id(), c.name());
            zones.put(c.id(), zone(c));
        });
        Map<String, String> names = new LinkedHashMap<>();
        return changes.stream().filter(c -> personId == null || personId.equals(c.changedBy()) || concerns(c, personId))
                .map(c -> {
                    var local = c.changedAt().atZoneSameInstant(c.clusterId() == null ? defaultZone : zones.getOrDefault(c.clusterId(), defaultZone));
                    return new Row(local.toLocalDate(), WHEN.format(local), clusterNames.getOrDefault(c.clusterId(), ""),
                            names.computeIfAbsent(Objects.toString(c.changedBy(), ""), this::fullName), c.summary(), c.before(), c.after());
                })
                .filter(r -> (from == null || !r.day().isBefore(from)) && (to == null || !r.day().isAfter(to)))
                .toList();
    }

    /** The people the filter offers: everyone who made or underwent a change, by full name. */
    Map<String, String> people(List<DirectoryChange> changes) {
        Map<String, String> people = new TreeMap<>();
        changes.forEach(c -> {
            if (c.changedBy() != null && !"system".equals(c.changedBy())) {
                people.put(c.changedBy(), fullName(c.changedBy()));
            }
            if (PERSON_SUBJECTS.contains(c.subjectType())) {
                people.put(c.subjectId(), fullName(c.subjectId()));
            }
        });
        Map<String, String> byName = new LinkedHashMap<>();
        people.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> byName.put(e.getKey(), e.getValue()));
        return byName;
    }

    private static boolean concerns(DirectoryChange change, String personId) {
        return PERSON_SUBJECTS.contains(change.subjectType()) && personId.equals(change.subjectId());
    }

    private ZoneId zone(Cluster cluster) {
        return cluster.timeZone() == null || cluster.timeZone().isBlank() ? defaultZone : ZoneId.of(cluster.timeZone());
    }

    /** The directory names people; the engine is «система»; an administrator outside it by Camunda's name. */
    private String fullName(String userId) {
        if (userId.isBlank() || "system".equals(userId)) {
            return People.SYSTEM;
        }
        return directory.person(userId).map(Person::fullName).orElseGet(() -> {
            User user = identity.createUserQuery().userId(userId).singleResult();
            String name = user == null ? "" : (Objects.toString(user.getLastName(), "") + " " + Objects.toString(user.getFirstName(), "")).trim();
            return name.isEmpty() ? userId : name;
        });
    }

    /** One change as the page and the CSV show it. */
    record Row(LocalDate day, String when, String cluster, String who, String what, String before, String after) {}
}
