package org.sovet.directory;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.sovet.common.InputRejectedException;
import org.springframework.stereotype.Component;

/**
 * Who may change the directory: a regional administrator (Camunda's administrators group) everything;
 * a cluster's secretary or chair its organizations, people and roles; supervisors and everyone else nothing.
 */
@Component
class DirectoryRights {

    private final IdentityService identity;
    private final Directory directory;

    DirectoryRights(IdentityService identity, Directory directory) {
        this.identity = identity;
        this.directory = directory;
    }

    boolean isAdministrator(String actor) {
        return actor != null && identity.createGroupQuery().groupMember(actor).groupId(Groups.CAMUNDA_ADMIN).count() > 0;
    }

    boolean mayKeep(String actor, String clusterId) {
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
