package org.sovet.portal;

import java.time.LocalDate;
import java.util.List;
import org.sovet.common.RussianDates;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.sovet.directory.Substitution;
import org.sovet.directory.Substitutions;
import org.springframework.stereotype.Component;

/** What the substitutes page lists and offers, in the words people read. */
@Component
class SubstituteRows {

    private final Directory directory;
    private final Substitutions substitutions;

    SubstituteRows(Directory directory, Substitutions substitutions) {
        this.directory = directory;
        this.substitutions = substitutions;
    }

    List<Row> of(String clusterId, String viewer) {
        LocalDate today = substitutions.today(clusterId);
        boolean manages = substitutions.mayManage(viewer, clusterId);
        return substitutions.all(clusterId).stream().map(s -> new Row(s.id(), name(s.personId()), s.role().title(),
                name(s.substituteId()), "с " + RussianDates.longDate(s.validFrom()) + " по " + RussianDates.longDate(s.validTo()),
                state(s, today), s.covers(today) ? "ok" : s.ahead(today) ? "info" : "",
                (manages || s.personId().equals(viewer)) && (s.covers(today) || s.ahead(today)))).toList();
    }

    /** The roles someone may be away from: everyone's for a chair or secretary, one's own otherwise. */
    List<Choice> absentChoices(String clusterId, String viewer) {
        boolean manages = substitutions.mayManage(viewer, clusterId);
        return directory.councilMembers(clusterId).stream()
                .filter(p -> manages || p.id().equals(viewer))
                .flatMap(p -> directory.heldRolesOf(p.id(), clusterId).stream().filter(Substitutions.ROLES::contains)
                        .map(role -> new Choice(p.id() + ":" + role.name(), p.surnameAndInitials() + " — " + role.title())))
                .toList();
    }

    List<Choice> substituteChoices(String clusterId) {
        return directory.councilMembers(clusterId).stream().map(p -> new Choice(p.id(), directory.pickLabel(p))).toList();
    }

    private String name(String personId) {
        return directory.person(personId).map(Person::surnameAndInitials).orElse(personId);
    }

    private static String state(Substitution s, LocalDate today) {
        if (s.cancelled()) {
            return "отменено";
        }
        return s.covers(today) ? "действует" : s.ahead(today) ? "предстоит" : "завершено";
    }

    record Row(long id, String absent, String role, String substitute, String period, String state, String tone,
               boolean cancellable) {}

    record Choice(String value, String label) {}
}
