package org.sovet.directory;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.sovet.common.AsEngine;
import org.sovet.common.InputRejectedException;
import org.springframework.stereotype.Component;

/**
 * Who may change the directory: a regional administrator (Camunda's administrators group) everything;
 * a cluster's secretary or chair its organizations, people and roles; supervisors and everyone else nothing.
 */
@Component
public class DirectoryRights {

    private final IdentityService identity;
    private final Directory directory;

    DirectoryRights(IdentityService identity, Directory directory) {
        this.identity = identity;
        this.directory = directory;
    }

    /** Asked as the engine itself: the question must not depend on who the request is authenticated as. */
    public boolean isAdministrator(String actor) {
        return actor != null && AsEngine.run(identity,
                () -> identity.createGroupQuery().groupMember(actor).groupId(Groups.CAMUNDA_ADMIN).count() > 0);
    }

    /** Whether the person keeps the cluster's people: an administrator, or its secretary or chair today. */
    public boolean mayKeep(String actor, String clusterId) {
        return isAdministrator(actor) || actor != null && directory.rolesOf(actor, clusterId).stream()
                .anyMatch(role -> role == CouncilRole.SECRETARY || role == CouncilRole.CHAIR);
    }

    void requireAdministrator(String actor) {
        if (!isAdministrator(actor)) {
            throw new InputRejectedException("Кластеры создаёт и изменяет только региональный администратор.");
        }
    }

    void requireKeeper(String actor, String clusterId) {
        directory.cluster(clusterId);
        if (!mayKeep(actor, clusterId)) {
            throw new InputRejectedException("Состав Совета этого кластера ведут его секретарь и председатель.");
        }
    }
}
