package org.sovet.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sovet.common.InputRejectedException;
import org.sovet.common.RussianDates;
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
    private final DirectoryRights rights;
    private final DirectoryAudit audit;
    private final SubstitutionChecks checks;
    private final Clock clock;

    Substitutions(SubstitutionRepository repository, Directory directory, ActingRoles acting,
                  SubstitutionTransitions transitions, DirectoryRights rights, DirectoryAudit audit, SubstitutionChecks checks, Clock clock) {
        this.repository = repository;
        this.directory = directory;
        this.acting = acting;
        this.transitions = transitions;
        this.rights = rights;
        this.audit = audit;
        this.checks = checks;
        this.clock = clock;
    }

    /** Names a substitute; the new substitution's id. */
    @Transactional
    public long name(String actor, String clusterId, SubstitutionForm form) {
        checkMayManage(actor, clusterId, form.personId());
        checks.validate(clusterId, form, today(clusterId));
        repository.lockCluster(clusterId);
        if (repository.overlaps(clusterId, form.role(), form.from(), form.to())) {
            throw new InputRejectedException("На эти дни уже назначено замещение роли «" + form.role().title()
                    + "»: периоды замещения одной роли не должны пересекаться.");
        }
        long id = repository.insert(clusterId, form, actor, clock.instant());
        Substitution named = repository.find(id).orElseThrow();
        audit.record(actor, clusterId, "SUBSTITUTION", String.valueOf(id), "SUBSTITUTE_NAMED",
                "Назначено замещение — " + described(named), null, period(named));
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
        if (!repository.cancel(id, actor, clock.instant())) {
            // cancelled meanwhile by someone else (another node): one cancellation, one audit row
            throw new InputRejectedException("Это замещение уже отменено.");
        }
        audit.record(actor, clusterId, "SUBSTITUTION", String.valueOf(id), "SUBSTITUTE_CANCELLED",
                "Отменено замещение — " + described(substitution), period(substitution), null);
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
        return actor != null && !directory.person(actor).map(Person::supervisor).orElse(false) && rights.mayKeep(actor, clusterId);
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

    /** «председатель Координационного Совета Воронцов А.Н.: замещает Беляев С.И., с 1 декабря 2026 г. по 14 декабря 2026 г.» */
    private String described(Substitution s) {
        return lower(s.role().title()) + " " + name(s.personId()) + ": замещает " + name(s.substituteId()) + ", " + period(s);
    }

    private static String period(Substitution s) {
        return "с " + RussianDates.longDate(s.validFrom()) + " по " + RussianDates.longDate(s.validTo());
    }

    private String name(String personId) {
        return directory.person(personId).map(Person::surnameAndInitials).orElse(personId);
    }

    private static String lower(String title) {
        return Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }
}
