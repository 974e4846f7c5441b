package org.sovet.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.sovet.common.InputRejectedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of a council's people and roles, live: each checks the actor's right and the input, writes the
 * directory, its audit row and Camunda's memberships in one transaction, so every node sees the change at
 * once. Leaving the council ({@link PersonLeftCouncil}) lets each feature hand over the person's open work.
 */
@Service
public class DirectoryChanges {

    private final DirectoryRepository repository;
    private final Directory directory;
    private final DirectoryRights rights;
    private final PersonChecks checks;
    private final PersonIds ids;
    private final IdentitySync identity;
    private final DirectoryAudit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DirectoryChanges(DirectoryRepository repository, Directory directory, DirectoryRights rights, PersonChecks checks,
                     PersonIds ids, IdentitySync identity, DirectoryAudit audit, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.directory = directory;
        this.rights = rights;
        this.checks = checks;
        this.ids = ids;
        this.identity = identity;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Adds a person to the cluster's council with a first role; returns their login. */
    @Transactional
    public String addPerson(String actor, String clusterId, PersonForm form, CouncilRole role, LocalDate from, LocalDate to) {
        rights.requireKeeper(actor, clusterId);
        PersonForm f = checks.checked(clusterId, new PersonForm(null, form.lastName(), form.firstName(), form.middleName(),
                form.email(), form.position(), form.organizationId()));
        requirePeriod(from, to);
        String id = ids.newId(f);
        Person person = new Person(id, f.lastName(), f.firstName(), f.middleName(), f.email(), f.position(), f.organizationId(), false);
        repository.savePerson(person);
        repository.grantRole(id, clusterId, role, from, to);
        audit.record(actor, clusterId, "PERSON", id, "ADDED", "Добавлен(а) " + person.fullName() + " — " + role.title()
                + period(from, to), null, card(person));
        identity.syncPerson(id);
        events.publishEvent(new PersonAdded(id, clusterId, actor));
        return id;
    }

    /** Changes a person's card (name, e-mail, position, organization). */
    @Transactional
    public void updatePerson(String actor, String clusterId, PersonForm form) {
        rights.requireKeeper(actor, clusterId);
        Person before = personOf(clusterId, form.id());
        PersonForm f = checks.checked(clusterId, form);
        Person after = new Person(before.id(), f.lastName(), f.firstName(), f.middleName(), f.email(), f.position(),
                f.organizationId(), before.supervisor());
        if (after.equals(before)) {
            return;
        }
        repository.savePerson(after);
        audit.record(actor, clusterId, "PERSON", before.id(), "CHANGED", "Изменена карточка: " + after.fullName(),
                card(before), card(after));
        identity.syncPerson(before.id());
    }

    /** Gives the person the role for these dates (null: open); a role held already takes the new dates. */
    @Transactional
    public void grantRole(String actor, String clusterId, String personId, CouncilRole role, LocalDate from, LocalDate to) {
        rights.requireKeeper(actor, clusterId);
        Person person = personOf(clusterId, personId);
        if (!repository.isActive(personId)) {
            throw new InputRejectedException(person.fullName() + " отключён(а): сначала включите учётную запись.");
        }
        requirePeriod(from, to);
        boolean wasMember = isMember(personId, clusterId);
        var before = repository.roleGrant(personId, clusterId, role);
        repository.grantRole(personId, clusterId, role, from, to);
        audit.record(actor, clusterId, "ROLE", personId, before.isPresent() ? "ROLE_CHANGED" : "ROLE_GRANTED",
                role.title() + period(from, to) + ": " + person.surnameAndInitials(),
                before.map(RoleGrant::period).orElse(null), new RoleGrant(personId, clusterId, role, from, to).period());
        identity.syncPerson(personId);
        leftIfNoLonger(wasMember, clusterId, personId, actor);
    }

    /** Ends the role after {@code lastDay}; a day before today ends it at once. */
    @Transactional
    public void endRole(String actor, String clusterId, String personId, CouncilRole role, LocalDate lastDay) {
        rights.requireKeeper(actor, clusterId);
        Person person = personOf(clusterId, personId);
        RoleGrant grant = repository.roleGrant(personId, clusterId, role)
                .orElseThrow(() -> new InputRejectedException(person.surnameAndInitials() + " не имеет роли «" + role.title() + "»."));
        LocalDate last = lastDay == null ? directory.today().minusDays(1) : lastDay;
        if (grant.validFrom() != null && last.isBefore(grant.validFrom().minusDays(1))) {
            throw new InputRejectedException("Последний день роли не может быть раньше её начала (" + grant.period() + ").");
        }
        boolean wasMember = isMember(personId, clusterId);
        repository.grantRole(personId, clusterId, role, grant.validFrom(), last);
        audit.record(actor, clusterId, "ROLE", personId, "ROLE_ENDED", role.title() + " — по "
                + RoleGrant.DAY.format(last) + ": " + person.surnameAndInitials(), grant.period(),
                new RoleGrant(personId, clusterId, role, grant.validFrom(), last).period());
        identity.syncPerson(personId);
        leftIfNoLonger(wasMember, clusterId, personId, actor);
    }

    /** Takes away every access at once; the person's history, signatures and roles' dates stay. */
    @Transactional
    public void deactivate(String actor, String clusterId, String personId) {
        rights.requireKeeper(actor, clusterId);
        Person person = personOf(clusterId, personId);
        if (personId.equals(actor)) {
            throw new InputRejectedException("Отключить собственную учётную запись нельзя: это сделает другой секретарь или администратор.");
        }
        List<String> elsewhere = repository.clustersWithAnyRole(personId).stream().filter(c -> !c.equals(clusterId)).toList();
        if (!elsewhere.isEmpty() && !rights.isAdministrator(actor)) {
            throw new InputRejectedException(person.surnameAndInitials() + " состоит и в другом кластере: снимите роли здесь,"
                    + " а учётную запись отключит региональный администратор.");
        }
        if (!repository.isActive(personId)) {
            return;
        }
        List<String> memberOf = directory.clusterIdsOf(personId);
        repository.setActive(personId, false, actor, clock.instant());
        audit.record(actor, clusterId, "PERSON", personId, "DEACTIVATED", "Отключена учётная запись: " + person.fullName(),
                "активна", "отключена");
        identity.syncPerson(personId);
        identity.lockOut(personId);
        events.publishEvent(new PersonDeactivated(personId, actor));
        memberOf.forEach(c -> events.publishEvent(new PersonLeftCouncil(c, personId, actor)));
    }

    /** Gives a deactivated person their roles back; they set a new password through an invitation. */
    @Transactional
    public void reactivate(String actor, String clusterId, String personId) {
        rights.requireKeeper(actor, clusterId);
        Person person = personOf(clusterId, personId);
        if (repository.isActive(personId)) {
            return;
        }
        repository.setActive(personId, true, actor, clock.instant());
        audit.record(actor, clusterId, "PERSON", personId, "REACTIVATED", "Снова включена учётная запись: " + person.fullName(),
                "отключена", "активна");
        identity.syncPerson(personId);
        events.publishEvent(new PersonReactivated(personId, actor));
    }

    private Person personOf(String clusterId, String personId) {
        return repository.person(personId).filter(p -> repository.clustersWithAnyRole(p.id()).contains(clusterId))
                .orElseThrow(() -> new InputRejectedException("Такого человека нет в справочнике этого кластера."));
    }

    private boolean isMember(String personId, String clusterId) {
        return directory.isMember(personId, clusterId);
    }

    private void leftIfNoLonger(boolean wasMember, String clusterId, String personId, String actor) {
        if (wasMember && !isMember(personId, clusterId)) {
            events.publishEvent(new PersonLeftCouncil(clusterId, personId, actor));
        }
    }

    private static void requirePeriod(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InputRejectedException("Дата окончания роли раньше даты начала.");
        }
    }

    private static String period(LocalDate from, LocalDate to) {
        String period = new RoleGrant(null, null, null, from, to).period();
        return period.isEmpty() ? "" : " " + period;
    }

    private String card(Person p) {
        return String.join("; ", p.fullName(), p.email(), p.position() == null ? "" : p.position(),
                directory.organization(p.organizationId()).map(Organization::shortName).orElse(""));
    }
}
