package org.sovet.directory;

import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Roles begin and end with their dates, not with a change: once a day memberships follow, and those whose last role ended leave. */
@Service
public class RoleDates {

    private final DirectoryRepository repository;
    private final Directory directory;
    private final IdentitySync identity;
    private final ApplicationEventPublisher events;

    RoleDates(DirectoryRepository repository, Directory directory, IdentitySync identity, ApplicationEventPublisher events) {
        this.repository = repository;
        this.directory = directory;
        this.identity = identity;
        this.events = events;
    }

    /** Memberships as of today; a person whose last council role ended yesterday leaves the council. */
    @Transactional
    public void apply() {
        identity.syncAll();
        LocalDate yesterday = directory.today().minusDays(1);
        for (Cluster cluster : repository.clusters()) {
            repository.roleGrants(cluster.id()).stream()
                    .filter(g -> yesterday.equals(g.validTo()) && g.role() != CouncilRole.GUEST)
                    .map(RoleGrant::personId).distinct()
                    .filter(personId -> !directory.isMember(personId, cluster.id()))
                    .forEach(personId -> events.publishEvent(new PersonLeftCouncil(cluster.id(), personId, "system")));
        }
    }
}
