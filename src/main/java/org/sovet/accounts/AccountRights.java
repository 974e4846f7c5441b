package org.sovet.accounts;

import org.sovet.common.InputRejectedException;
import org.sovet.directory.Directory;
import org.sovet.directory.DirectoryRights;
import org.springframework.stereotype.Component;


/** Who may send a person a new link: an administrator, or the secretary or chair of a council the person is in. */
@Component
class AccountRights {

    private final Directory directory;
    private final DirectoryRights rights;

    AccountRights(Directory directory, DirectoryRights rights) {
        this.directory = directory;
        this.rights = rights;
    }

    void checkMayInvite(String actor, String personId) {
        if (actor == null || !(rights.isAdministrator(actor)
                || directory.clusterIdsOf(personId).stream().anyMatch(clusterId -> rights.mayKeep(actor, clusterId)))) {
            throw new InputRejectedException("Отправить приглашение может секретарь или председатель Совета, в котором состоит"
                    + " этот человек, или администратор.");
        }
    }
}
