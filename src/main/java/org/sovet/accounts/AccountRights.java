package org.sovet.accounts;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.sovet.common.AsEngine;
import org.sovet.common.InputRejectedException;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.Directory;
import org.springframework.stereotype.Component;

/** Who may send a person a new link: an administrator, or the secretary or chair of a council the person is in. */
@Component
class AccountRights {

    private static final String ADMINISTRATORS = "camunda-admin";

    private final Directory directory;
    private final IdentityService identity;

    AccountRights(Directory directory, IdentityService identity) {
        this.directory = directory;
        this.identity = identity;
    }

    void checkMayInvite(String actor, String personId) {
        if (actor == null || !(administrator(actor) || keepsPeopleOf(actor, personId))) {
            throw new InputRejectedException("Отправить приглашение может секретарь или председатель Совета, в котором состоит"
                    + " этот человек, или администратор.");
        }
    }

    private boolean keepsPeopleOf(String actor, String personId) {
        return directory.clusterIdsOf(personId).stream().anyMatch(clusterId -> {
            List<CouncilRole> roles = directory.rolesOf(actor, clusterId);
            return roles.contains(CouncilRole.SECRETARY) || roles.contains(CouncilRole.CHAIR);
        });
    }

    private boolean administrator(String actor) {
        return AsEngine.run(identity, () -> identity.createGroupQuery().groupMember(actor).groupId(ADMINISTRATORS).count() > 0);
    }
}
