package org.sovet.directory;

import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * A substitution's two moments: its start hands the absent person's open tasks of the role to the
 * substitute, its end (or cancellation) hands them back; Camunda's group memberships follow both.
 * Each happens once, whichever node gets there first (see {@link SubstitutionRepository#markHandedOver}).
 */
@Component
class SubstitutionTransitions {

    private final SubstitutionRepository repository;
    private final ActingRoles acting;
    private final SubstituteTasks tasks;
    private final IdentitySync identity;
    private final Clock clock;

    SubstitutionTransitions(SubstitutionRepository repository, ActingRoles acting, SubstituteTasks tasks,
                            IdentitySync identity, Clock clock) {
        this.repository = repository;
        this.acting = acting;
        this.tasks = tasks;
        this.identity = identity;
        this.clock = clock;
    }

    /** Brings the substitution's tasks and memberships in line with today, in the caller's transaction; whether it did. */
    boolean apply(long id) {
        Substitution substitution = repository.find(id).orElseThrow();
        var today = acting.today(substitution.clusterId());
        boolean moved = false;
        if (substitution.covers(today) && repository.markHandedOver(id, clock.instant())) {
            tasks.handOver(substitution);
            moved = true;
        } else if ((substitution.cancelled() || substitution.validTo().isBefore(today))
                && repository.markHandedBack(id, clock.instant())) {
            tasks.handBack(substitution);
            moved = true;
        }
        if (moved) {
            identity.syncPerson(substitution.personId());
            identity.syncPerson(substitution.substituteId());
        }
        return moved;
    }
}
