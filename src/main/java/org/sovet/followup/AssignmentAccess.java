package org.sovet.followup;

import java.util.List;
import org.sovet.config.ClusterAccess;
import org.sovet.directory.Cluster;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.Directory;
import org.springframework.stereotype.Component;

/**
 * Whose assignments page covers which clusters: supervisors and administrators follow every
 * cluster, a secretary or chair their own; other members follow none.
 */
@Component
public class AssignmentAccess {

    private final Directory directory;
    private final ClusterAccess access;

    AssignmentAccess(Directory directory, ClusterAccess access) {
        this.directory = directory;
        this.access = access;
    }

    /** A supervisor who is also a member of a council follows it only if she is its secretary or chair. */
    public List<Cluster> followedBy(String userId) {
        List<String> own = directory.clusterIdsOf(userId);
        return access.readable(userId).stream()
                .filter(c -> !own.contains(c.id())
                        || directory.rolesOf(userId, c.id()).stream().anyMatch(r -> r == CouncilRole.SECRETARY || r == CouncilRole.CHAIR))
                .toList();
    }
}
