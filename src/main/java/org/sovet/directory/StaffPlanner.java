package org.sovet.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sovet.common.InputRejectedException;
import org.sovet.directory.staff.StaffList;
import org.sovet.directory.staff.StaffRow;
import org.springframework.stereotype.Component;

/**
 * Compares a staff list with the cluster's directory: each row is a person matched by e-mail first, then by name and
 * organization; a row is new, changed, unchanged or wrong; a current member no row names is a removal. Reads only.
 */
@Component
class StaffPlanner {

    private final DirectoryRepository repository;
    private final Directory directory;
    private final PersonChecks checks;
    private final StaffDiff diff;

    StaffPlanner(DirectoryRepository repository, Directory directory, PersonChecks checks, StaffDiff diff) {
        this.repository = repository;
        this.directory = directory;
        this.checks = checks;
        this.diff = diff;
    }

    StaffPlan plan(String actor, String clusterId, StaffList list) {
        List<Person> people = repository.people(clusterId);
        List<Organization> organizations = repository.organizations(clusterId);
        Map<String, List<RoleGrant>> grants = new HashMap<>();
        repository.roleGrants(clusterId).forEach(g -> grants.computeIfAbsent(g.personId(), id -> new ArrayList<>()).add(g));
        Map<String, Integer> claimed = new HashMap<>();
        Map<String, Integer> emails = new HashMap<>();
        List<StaffLine> lines = new ArrayList<>();
        for (StaffRow row : list.rows()) {
            List<String> problems = new ArrayList<>(row.problems());
            String organizationId = organization(organizations, row.organization(), problems);
            Optional<Person> match = match(people, row, organizationId);
            repeated(row, match.map(Person::id).orElse(null), claimed, emails).ifPresent(problems::add);
            PersonForm card = new PersonForm(match.map(Person::id).orElse(null), row.lastName(), row.firstName(), row.middleName(),
                    row.email(), row.position(), organizationId);
            if (row.firstName() != null) {
                card = checked(clusterId, card, problems);
            }
            if (!problems.isEmpty()) {
                lines.add(StaffLine.error(row.line(), row.fullName(), match.map(Person::id).orElse(null),
                        problems.stream().distinct().toList()));
            } else {
                lines.add(diff.line(clusterId, row, card, match.orElse(null), grants.getOrDefault(card.id(), List.of()), list.dated()));
            }
        }
        return new StaffPlan(lines, removals(actor, clusterId, people, grants, claimed.keySet()),
                notes(actor, people, claimed.keySet()));
    }

    /** A second row for a person or an address already given: the first row stands, this one is an error. */
    private static Optional<String> repeated(StaffRow row, String personId, Map<String, Integer> claimed,
                                             Map<String, Integer> emails) {
        Integer samePerson = personId == null ? null : claimed.putIfAbsent(personId, row.line());
        Integer sameEmail = row.email() == null ? null : emails.putIfAbsent(row.email().toLowerCase(Locale.ROOT), row.line());
        if (samePerson != null) {
            return Optional.of("Этот человек уже указан в строке " + samePerson + ".");
        }
        return Optional.ofNullable(sameEmail).map(first -> "Адрес " + row.email() + " уже указан в строке " + first + ".");
    }

    private PersonForm checked(String clusterId, PersonForm card, List<String> problems) {
        try {
            return checks.checked(clusterId, card);
        } catch (InputRejectedException e) {
            problems.addAll(e.problems());
            return card;
        }
    }

    private static String organization(List<Organization> organizations, String written, List<String> problems) {
        if (written == null) {
            return null;
        }
        Optional<Organization> found = OrganizationNames.find(organizations, written);
        if (found.isEmpty()) {
            // not added on the fly: a list gives no full name nor anchor school, and a misspelt one would become a second school
            problems.add("Организации «" + written + "» нет в справочнике кластера: исправьте название или сначала добавьте её.");
        }
        return found.map(Organization::id).orElse(null);
    }

    private static Optional<Person> match(List<Person> people, StaffRow row, String organizationId) {
        if (row.email() != null) {
            Optional<Person> byEmail = people.stream().filter(p -> row.email().equalsIgnoreCase(p.email())).findFirst();
            if (byEmail.isPresent()) {
                return byEmail;
            }
        }
        if (row.firstName() == null) {
            return Optional.empty();
        }
        String name = nameKey(row.lastName(), row.firstName(), row.middleName());
        return people.stream().filter(p -> name.equals(nameKey(p.lastName(), p.firstName(), p.middleName())))
                .filter(p -> Objects.equals(organizationId, p.organizationId())).findFirst();
    }

    private static String nameKey(String last, String first, String middle) {
        return (last + " " + first + " " + (middle == null ? "" : middle)).toLowerCase(Locale.ROOT).replace('ё', 'е').strip();
    }

    private List<StaffRemoval> removals(String actor, String clusterId, List<Person> people, Map<String, List<RoleGrant>> grants,
                                        Set<String> named) {
        LocalDate today = directory.today();
        List<StaffRemoval> removals = new ArrayList<>();
        for (Person person : people) {
            List<RoleGrant> current = grants.getOrDefault(person.id(), List.of()).stream()
                    .filter(g -> g.validTo() == null || !g.validTo().isBefore(today)).toList();
            if (named.contains(person.id()) || person.id().equals(actor) || current.isEmpty() || !repository.isActive(person.id())) {
                continue;
            }
            Set<String> elsewhere = new HashSet<>(repository.clustersWithAnyRole(person.id()));
            elsewhere.remove(clusterId);
            removals.add(new StaffRemoval(person.id(), person.fullName(), current, elsewhere.isEmpty()));
        }
        return removals;
    }

    private static List<String> notes(String actor, List<Person> people, Set<String> named) {
        return people.stream().filter(p -> p.id().equals(actor) && !named.contains(actor))
                .map(p -> "Вас (" + p.fullName() + ") в списке нет, но свои роли импорт не снимает: это сделает другой секретарь,"
                        + " председатель или администратор.")
                .toList();
    }
}
