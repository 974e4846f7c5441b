package org.sovet.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.sovet.config.SessionUser;
import org.sovet.directory.Cluster;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.Directory;
import org.sovet.directory.DirectoryRights;
import org.sovet.directory.Person;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who sees the directory pages and who changes what on them: regional administrators everything; a cluster's
 * secretary or chair their cluster's people and organizations; supervisors read every cluster and change
 * nothing; anyone else nothing. The services check the right again; the pages ask first to show no form
 * the person may not send.
 */
@Component
class DirectoryAccess {

    private static final String NO_RIGHT = "Справочник ведут региональный администратор, секретари и председатели Советов.";

    private final Directory directory;
    private final SessionUser sessionUser;
    private final DirectoryRights rights;

    DirectoryAccess(Directory directory, SessionUser sessionUser, DirectoryRights rights) {
        this.directory = directory;
        this.sessionUser = sessionUser;
        this.rights = rights;
    }

    /** The logged-in person (the pages require a login before they run). */
    String user(HttpServletRequest request) {
        return sessionUser.of(request).orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }

    boolean isAdministrator(String userId) {
        return rights.isAdministrator(userId);
    }

    boolean mayKeep(String userId, String clusterId) {
        return rights.mayKeep(userId, clusterId);
    }

    /** The clusters whose directory the person opens: all for administrators and supervisors, else the kept ones. */
    List<Cluster> clusters(String userId) {
        if (isAdministrator(userId) || isSupervisor(userId)) {
            return directory.clusters();
        }
        List<String> kept = directory.clusterIdsOf(userId).stream().filter(id -> mayKeep(userId, id)).toList();
        return directory.clusters().stream().filter(c -> kept.contains(c.id())).toList();
    }

    boolean seesDirectory(String userId) {
        return !clusters(userId).isEmpty();
    }

    /** The cluster, if the person may open its directory: 404 for no such cluster, 403 for someone else's. */
    Cluster readable(String userId, String clusterId) {
        Cluster cluster = directory.clusters().stream().filter(c -> c.id().equals(clusterId)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Такого кластера нет в справочнике."));
        if (clusters(userId).stream().noneMatch(c -> c.id().equals(clusterId))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, NO_RIGHT);
        }
        return cluster;
    }

    /** The cluster, if the person keeps it; else 403 before anything is read from the form. */
    Cluster kept(String userId, String clusterId) {
        Cluster cluster = readable(userId, clusterId);
        if (!mayKeep(userId, clusterId)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Состав Совета этого кластера ведут его секретарь и председатель; вам справочник доступен только для чтения.");
        }
        return cluster;
    }

    void requireAdministrator(String userId) {
        if (!isAdministrator(userId)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Кластеры создаёт и изменяет только региональный администратор.");
        }
    }

    void requireReader(String userId) {
        if (!seesDirectory(userId)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, NO_RIGHT);
        }
    }

    private boolean isSupervisor(String userId) {
        return directory.person(userId).map(Person::supervisor).orElse(false) && directory.isActive(userId);
    }
}
