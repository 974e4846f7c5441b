package org.sovet.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.sovet.common.InputRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acting substitutes (замещение): a chair, director or secretary away names who does their role's work
 * for a period. While it is in force, {@link Directory#rolesOf} and {@link Directory#peopleWithRole} answer
 * with the substitute, so every authority check and every new task follows; open tasks move at its start
 * and end ({@link SubstitutionSweep}), at once when it is named or cancelled in its period.
 */
@Service
public class Substitutions {

    /** The roles a substitute can take over: those with work of their own (approvals, signatures, the record). */
    public static final Set<CouncilRole> ROLES = EnumSet.of(CouncilRole.CHAIR, CouncilRole.DIRECTOR, CouncilRole.SECRETARY);

    private final SubstitutionRepository repository;
    private final Directory directory;
    private final ActingRoles acting;
    private final SubstitutionTransitions transitions;
    private final IdentityService identity;
    private final Clock clock;

    Substitutions(SubstitutionRepository repository, Directory directory, ActingRoles acting,
                  SubstitutionTransitions transitions, IdentityService identity, Clock clock) {
        this.repository = repository;
        this.directory = directory;
        this.acting = acting;
        this.transitions = transitions;
        this.identity = identity;
        this.clock = clock;
    }

    /** Names a substitute; the new substitution's id. */
    @Transactional
    public long name(String actor, String clusterId, SubstitutionForm form) {
        checkMayManage(actor, clusterId, form.personId());
        validate(clusterId, form);
        repository.lockCluster(clusterId);
        if (repository.overlaps(clusterId, form.role(), form.from(), form.to())) {
            throw new InputRejectedException("На эти дни уже назначено замещение роли «" + form.role().title()
                    + "»: периоды замещения одной роли не должны пересекаться.");
        }
        long id = repository.insert(clusterId, form, actor, clock.instant());
        transitions.apply(id);
        return id;
    }

    /** Cancels a substitution not yet over; tasks already handed over go back at once. */
    @Transactional
    public void cancel(String actor, String clusterId, long id) {
        Substitution substitution = repository.find(id).filter(s -> s.clusterId().equals(clusterId))
                .orElseThrow(() -> new InputRejectedException("Такого замещения в этом кластере нет."));
        checkMayManage(actor, clusterId, substitution.personId());
        if (substitution.cancelled()) {
            throw new InputRejectedException("Это замещение уже отменено.");
        }
        if (substitution.validTo().isBefore(today(clusterId))) {
            throw new InputRejectedException("Это замещение уже закончилось: отменять нечего.");
        }
        repository.cancel(id, actor, clock.instant());
        transitions.apply(id);
    }

    /** Who acts in the role on that day of the cluster, if someone does. */
    public Optional<Person> actingFor(String clusterId, CouncilRole role, LocalDate date) {
        return repository.covering(clusterId, date).stream().filter(s -> s.role() == role).findFirst()
                .flatMap(s -> directory.person(s.substituteId()));
    }

    /** The substitutions in force today in the cluster. */
    public List<Substitution> current(String clusterId) {
        return acting.inForce(clusterId);
    }

    /** Every substitution of the cluster, cancelled ones too, the latest period first. */
    public List<Substitution> all(String clusterId) {
        return repository.of(clusterId);
    }

    public LocalDate today(String clusterId) {
        return acting.today(clusterId);
    }

    /**
     * Whether the person may name or cancel substitutes in the cluster: its chair or secretary (acting ones
     * too) for anyone, a regional administrator; never a supervisor. Anyone holding a role may name their own.
     */
    public boolean mayManage(String actor, String clusterId) {
        if (actor == null || directory.person(actor).map(Person::supervisor).orElse(false)) {
            return false;
        }
        var roles = directory.rolesOf(actor, clusterId);
        return roles.contains(CouncilRole.CHAIR) || roles.contains(CouncilRole.SECRETARY) || administrator(actor);
    }

    /** Whether the person may name a substitute for themselves in the cluster (they hold a role that has one). */
    public boolean mayNameOwn(String actor, String clusterId) {
        return actor != null && !directory.person(actor).map(Person::supervisor).orElse(false)
                && directory.heldRolesOf(actor, clusterId).stream().anyMatch(ROLES::contains);
    }

    private void checkMayManage(String actor, String clusterId, String absentId) {
        boolean own = actor != null && actor.equals(absentId) && mayNameOwn(actor, clusterId);
        if (!own && !mayManage(actor, clusterId)) {
            throw new InputRejectedException("Назначать и отменять замещение может сам отсутствующий, председатель или "
                    + "секретарь Совета этого кластера либо администратор.");
        }
    }

    private boolean administrator(String userId) {
        return identity.createUserQuery().userId(userId).memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0;
    }

    private void validate(String clusterId, SubstitutionForm form) {
        if (form.role() == null || !ROLES.contains(form.role())) {
            throw new InputRejectedException("Замещение назначается председателю, директору или секретарю Совета.");
        }
        if (form.from() == null || form.to() == null) {
            throw new InputRejectedException("Укажите первый и последний день замещения.");
        }
        if (form.to().isBefore(form.from())) {
            throw new InputRejectedException("Последний день замещения раньше первого.");
        }
        if (form.to().isBefore(today(clusterId))) {
            throw new InputRejectedException("Замещение в прошлом назначить нельзя: его последний день уже прошёл.");
        }
        Person absent = directory.person(form.personId())
                .orElseThrow(() -> new InputRejectedException("Укажите, кто отсутствует."));
        if (!directory.heldRolesOf(absent.id(), clusterId).contains(form.role())) {
            throw new InputRejectedException(absent.surnameAndInitials() + " не является " + form.role().instrumental()
                    + ": замещать в этой роли некого.");
        }
        Person substitute = directory.person(form.substituteId())
                .orElseThrow(() -> new InputRejectedException("Укажите, кто замещает."));
        if (substitute.id().equals(absent.id())) {
            throw new InputRejectedException("Замещающим должен быть другой человек, а не сам отсутствующий.");
        }
        if (!directory.councilMemberIds(clusterId).contains(substitute.id())) {
            throw new InputRejectedException(substitute.surnameAndInitials()
                    + " не входит в Совет этого кластера: замещать может только действующий член Совета.");
        }
    }
}
