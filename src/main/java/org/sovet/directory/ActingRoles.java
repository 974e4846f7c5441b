package org.sovet.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The roles as they are worked today: a substitute in force takes the absent person's role for its
 * period, and the absent person does not hold it then. Read on every call, so every node agrees.
 */
@Component
class ActingRoles {

    private final SubstitutionRepository substitutions;
    private final DirectoryRepository directory;
    private final Clock clock;

    ActingRoles(SubstitutionRepository substitutions, DirectoryRepository directory, Clock clock) {
        this.substitutions = substitutions;
        this.directory = directory;
        this.clock = clock;
    }

    /** Today in the cluster's own time zone: a period starts and ends at the cluster's midnight. */
    LocalDate today(String clusterId) {
        String zone = directory.cluster(clusterId).map(Cluster::timeZone).orElse(null);
        return LocalDate.now(zone == null ? clock : clock.withZone(ZoneId.of(zone)));
    }

    List<Substitution> inForce(String clusterId) {
        return substitutions.covering(clusterId, today(clusterId));
    }

    /** The person's roles with those they stand in for today and without those they are away from. */
    List<CouncilRole> rolesOf(String personId, String clusterId, List<CouncilRole> held) {
        List<Substitution> now = inForce(clusterId);
        List<CouncilRole> roles = new ArrayList<>(held);
        now.stream().filter(s -> s.personId().equals(personId)).forEach(s -> roles.remove(s.role()));
        now.stream().filter(s -> s.substituteId().equals(personId) && !roles.contains(s.role())).forEach(s -> roles.add(s.role()));
        return roles.stream().sorted().toList();
    }

    /** Those doing the role today: each absent holder replaced, in place, by their substitute. */
    List<Person> peopleWithRole(String clusterId, CouncilRole role, List<Person> holders) {
        List<Substitution> now = inForce(clusterId).stream().filter(s -> s.role() == role).toList();
        List<Person> doing = new ArrayList<>();
        for (Person holder : holders) {
            var away = now.stream().filter(s -> s.personId().equals(holder.id())).findFirst();
            Person who = away.flatMap(s -> directory.person(s.substituteId())).orElse(holder);
            if (doing.stream().noneMatch(p -> p.id().equals(who.id()))) {
                doing.add(who);
            }
        }
        return doing;
    }

    /** Whether the person does the role today only as someone's substitute. */
    boolean acting(String personId, String clusterId, CouncilRole role) {
        return inForce(clusterId).stream().anyMatch(s -> s.role() == role && s.substituteId().equals(personId))
                && !directory.roles(personId, clusterId, LocalDate.now(clock)).contains(role.name());
    }
}
