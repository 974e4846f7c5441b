package org.sovet.config;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
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
        return directory.clusterIdsOf(userId).contains(clusterId)
                || directory.person(userId).map(Person::supervisor).orElse(false)
                || sessionUser.isAdmin(userId);
    }
}
