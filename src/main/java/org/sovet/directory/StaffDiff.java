package org.sovet.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sovet.directory.staff.StaffRow;
import org.springframework.stereotype.Component;

/** One valid row of a staff list against the person it names: what differs, as «before → after», and what to call to change it. */
@Component
class StaffDiff {

    private final DirectoryRepository repository;
    private final Directory directory;

    StaffDiff(DirectoryRepository repository, Directory directory) {
        this.repository = repository;
        this.directory = directory;
    }

    StaffLine line(String clusterId, StaffRow row, PersonForm card, Person person, List<RoleGrant> held, boolean dated) {
        List<String> details = new ArrayList<>();
        List<RoleGrant> grants = new ArrayList<>();
        if (person == null) {
            row.roles().forEach(role -> grants.add(new RoleGrant(null, clusterId, role, row.from(), row.to())));
            grants.forEach(g -> details.add(title(g)));
            return new StaffLine(row.line(), StaffLine.Kind.ADDED, row.fullName(), null, details, List.of(), card, true, false,
                    grants, List.of());
        }
        // an e-mail differing only in case is the same address: the stored spelling stays
        PersonForm after = card.email().equalsIgnoreCase(person.email()) ? withEmail(card, person.email()) : card;
        field(details, "Фамилия", person.lastName(), after.lastName());
        field(details, "Имя", person.firstName(), after.firstName());
        field(details, "Отчество", person.middleName(), after.middleName());
        field(details, "E-mail", person.email(), after.email());
        field(details, "Должность", person.position(), after.position());
        field(details, "Организация", organization(person.organizationId()), organization(after.organizationId()));
        boolean cardChanged = !details.isEmpty();
        boolean reactivate = !repository.isActive(person.id());
        if (reactivate) {
            details.add("Учётная запись: отключена → включена");
        }
        LocalDate today = directory.today();
        Map<CouncilRole, RoleGrant> current = new EnumMap<>(CouncilRole.class);
        held.stream().filter(g -> g.validTo() == null || !g.validTo().isBefore(today)).forEach(g -> current.put(g.role(), g));
        for (CouncilRole role : row.roles()) {
            RoleGrant now = current.get(role);
            RoleGrant wanted = new RoleGrant(person.id(), clusterId, role, row.from(), row.to());
            if (now == null) {
                grants.add(wanted);
                details.add("+ " + title(wanted));
            } else if (dated && (!Objects.equals(now.validFrom(), row.from()) || !Objects.equals(now.validTo(), row.to()))) {
                grants.add(wanted);
                details.add(role.title() + ": " + period(now) + " → " + period(wanted));
            }
        }
        List<RoleGrant> ends = current.values().stream().filter(g -> !row.roles().contains(g.role())).toList();
        ends.forEach(g -> details.add("− " + g.role().title() + " (роль снимается)"));
        StaffLine.Kind kind = details.isEmpty() ? StaffLine.Kind.UNCHANGED : StaffLine.Kind.CHANGED;
        return new StaffLine(row.line(), kind, person.fullName(), person.id(), details, List.of(), after, cardChanged, reactivate,
                grants, ends);
    }

    private static PersonForm withEmail(PersonForm f, String email) {
        return new PersonForm(f.id(), f.lastName(), f.firstName(), f.middleName(), email, f.position(), f.organizationId());
    }

    private String organization(String organizationId) {
        return directory.organization(organizationId).map(Organization::shortName).orElse(null);
    }

    private static void field(List<String> details, String label, String before, String after) {
        if (!Objects.equals(before, after)) {
            details.add(label + ": " + (before == null ? "—" : before) + " → " + (after == null ? "—" : after));
        }
    }

    private static String title(RoleGrant grant) {
        return grant.period().isEmpty() ? grant.role().title() : grant.role().title() + " " + grant.period();
    }

    private static String period(RoleGrant grant) {
        return grant.period().isEmpty() ? "без срока" : grant.period();
    }
}
