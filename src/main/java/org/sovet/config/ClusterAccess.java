package org.sovet.config;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.sovet.directory.Cluster;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.springframework.stereotype.Component;

/** Who may read a cluster's documents on Sovet's own pages: its people, supervisors, administrators. */
@Component
public class ClusterAccess {

    private final SessionUser sessionUser;
    private final Directory directory;

    ClusterAccess(SessionUser sessionUser, Directory directory) {
        this.sessionUser = sessionUser;
        this.directory = directory;
    }

    /** The user behind the request, if logged in. */
    public Optional<String> user(HttpServletRequest request) {
        return sessionUser.of(request);
    }

    public boolean mayRead(String userId, String clusterId) {
        return directory.clusterIdsOf(userId).contains(clusterId) || readsEveryCluster(userId);
    }

    /** Supervisors and administrators read every cluster. */
    public boolean readsEveryCluster(String userId) {
        return directory.person(userId).map(Person::supervisor).orElse(false) || sessionUser.isAdmin(userId);
    }

    /**
     * The clusters the user may read, in the directory's order. Asks the directory once, not once per
     * cluster: a page header lists them for every page, and a country has thousands.
     */
    public List<Cluster> readable(String userId) {
        return readsEveryCluster(userId) ? directory.clusters() : own(userId);
    }

    /** The clusters whose councils the user is a member of today, in the directory's order. */
    public List<Cluster> own(String userId) {
        List<String> own = directory.clusterIdsOf(userId);
        return directory.clusters().stream().filter(c -> own.contains(c.id())).toList();
    }
}
