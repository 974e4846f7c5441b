package org.sovet.portal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.sovet.directory.Cluster;
import org.sovet.directory.Directory;
import org.sovet.directory.Organization;
import org.sovet.directory.Person;
import org.sovet.directory.RoleGrant;
import org.springframework.stereotype.Component;

/** The council's people as the directory page lists them: card, roles with their dates, and whether they may log in. */
@Component
class PeopleRows {

    private final Directory directory;

    PeopleRows(Directory directory) {
        this.directory = directory;
    }

    List<PersonRow> of(Cluster cluster) {
        List<RoleGrant> grants = directory.roleGrants(cluster.id());
        return directory.people(cluster.id()).stream().map(p -> row(cluster, p, grants)).toList();
    }

    PersonRow row(Cluster cluster, Person person, List<RoleGrant> grants) {
        LocalDate today = directory.today();
        List<RoleLine> roles = grants.stream().filter(g -> g.personId().equals(person.id()))
                .map(g -> new RoleLine(g.role().name(), g.role().title(), g.period(), state(g, today), g.heldOn(today)
                        || g.validFrom() != null && g.validFrom().isAfter(today)))
                .toList();
        String organization = directory.organization(person.organizationId()).map(Organization::shortName).orElse("");
        String off = directory.deactivatedAt(person.id())
                .map(at -> "отключён(а) с " + DayField.format(at.atZone(ZoneId.of(cluster.timeZone())).toLocalDate()))
                .orElse(directory.isActive(person.id()) ? null : "отключён(а)");
        return new PersonRow(person, organization, roles, off == null, off == null ? "активен(на)" : off);
    }

    private static String state(RoleGrant grant, LocalDate today) {
        if (grant.validTo() != null && grant.validTo().isBefore(today)) {
            return "окончена";
        }
        return grant.validFrom() != null && grant.validFrom().isAfter(today) ? "ещё не началась" : "";
    }

    /** @param open the role is held today or begins later: it may still be ended */
    record RoleLine(String role, String title, String period, String state, boolean open) {}

    record PersonRow(Person person, String organization, List<RoleLine> roles, boolean active, String state) {}
}
