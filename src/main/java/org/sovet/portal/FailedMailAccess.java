package org.sovet.portal;

import java.util.List;
import org.sovet.config.ClusterAccess;
import org.sovet.directory.Cluster;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.Directory;
import org.springframework.stereotype.Component;

/**
 * Whose failed notifications a person sees and may retry: supervisors and administrators every
 * cluster's; a secretary her own cluster's, since she is the one members ask about a missing
 * invitation. Other people none.
 */
@Component
class FailedMailAccess {

    private final Directory directory;
    private final ClusterAccess access;

    FailedMailAccess(Directory directory, ClusterAccess access) {
        this.directory = directory;
        this.access = access;
    }

    List<Cluster> clusters(String userId) {
        if (access.readsEveryCluster(userId)) {
            return directory.clusters();
        }
        // only her own councils are asked: a substitute secretary is a member of the council she stands in for
        return access.own(userId).stream().filter(c -> directory.rolesOf(userId, c.id()).contains(CouncilRole.SECRETARY)).toList();
    }

    List<String> clusterIds(String userId) {
        return clusters(userId).stream().map(Cluster::id).toList();
    }
}
