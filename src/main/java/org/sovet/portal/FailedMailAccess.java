package org.sovet.portal;

import java.util.List;
import org.sovet.config.SessionUser;
import org.sovet.directory.Cluster;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.springframework.stereotype.Component;

/**
 * Whose failed notifications a person sees and may retry: supervisors and administrators every
 * cluster's; a secretary her own cluster's, since she is the one members ask about a missing
 * invitation. Other people none.
 */
@Component
class FailedMailAccess {

    private final Directory directory;
    private final SessionUser sessionUser;

    FailedMailAccess(Directory directory, SessionUser sessionUser) {
        this.directory = directory;
        this.sessionUser = sessionUser;
    }

    List<Cluster> clusters(String userId) {
        boolean everyCluster = directory.person(userId).map(Person::supervisor).orElse(false) || sessionUser.isAdmin(userId);
        return directory.clusters().stream()
                .filter(c -> everyCluster || directory.rolesOf(userId, c.id()).contains(CouncilRole.SECRETARY))
                .toList();
    }

    List<String> clusterIds(String userId) {
        return clusters(userId).stream().map(Cluster::id).toList();
    }
}
