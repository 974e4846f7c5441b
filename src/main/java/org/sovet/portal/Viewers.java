package org.sovet.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.sovet.config.ClusterAccess;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.sovet.followup.AssignmentAccess;
import org.springframework.stereotype.Component;

/** The viewer behind a request: their name as the directory writes it, and what the header offers them. */
@Component
class Viewers {

    private final ClusterAccess access;
    private final Directory directory;
    private final IdentityService identity;
    private final AssignmentAccess assignments;
    private final FormToken tokens;
    private final FailedMailAccess failedMail;
    private final DirectoryAccess directoryAccess;

    Viewers(ClusterAccess access, Directory directory, IdentityService identity, AssignmentAccess assignments, FormToken tokens,
            FailedMailAccess failedMail, DirectoryAccess directoryAccess) {
        this.failedMail = failedMail;
        this.directoryAccess = directoryAccess;
        this.access = access;
        this.directory = directory;
        this.identity = identity;
        this.assignments = assignments;
        this.tokens = tokens;
    }

    Optional<Viewer> of(HttpServletRequest request) {
        return access.user(request).map(userId -> new Viewer(fullName(userId),
                !assignments.followedBy(userId).isEmpty(),
                !failedMail.clusters(userId).isEmpty(), directoryAccess.seesDirectory(userId), tokens.current(request).orElse(null)));
    }

    /** People come from the directory; Camunda's own users (the administrator) only from Camunda. */
    private String fullName(String userId) {
        return directory.person(userId).map(Person::fullName).orElseGet(() -> {
            User user = identity.createUserQuery().userId(userId).singleResult();
            String name = user == null ? "" : (text(user.getFirstName()) + " " + text(user.getLastName())).trim();
            return name.isEmpty() ? userId : name;
        });
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
