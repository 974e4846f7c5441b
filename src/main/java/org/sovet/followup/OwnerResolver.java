package org.sovet.followup;

import java.util.Locale;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.Directory;
import org.sovet.directory.Organization;
import org.sovet.directory.Person;
import org.springframework.stereotype.Component;

/**
 * Who carries out «Опорной школе составить график…»: a named member, or an organization, which
 * means its head. When the text names nobody Sovet knows, the controller gets the task to act on.
 */
@Component
class OwnerResolver {

    private final Directory directory;

    OwnerResolver(Directory directory) {
        this.directory = directory;
    }

    String resolve(String clusterId, String owner, String controllerId) {
        String text = owner.toLowerCase(Locale.ROOT);
        if (text.contains("опорн")) {
            return head(clusterId, directory.anchorSchool(clusterId).map(Organization::id).orElse(null), controllerId);
        }
        for (Organization organization : directory.organizations(clusterId)) {
            if (text.contains(organization.shortName().toLowerCase(Locale.ROOT))) {
                return head(clusterId, organization.id(), controllerId);
            }
        }
        return directory.councilMembers(clusterId).stream()
                .filter(p -> text.contains(p.lastName().toLowerCase(Locale.ROOT)))
                .map(Person::id).findFirst().orElse(controllerId);
    }

    /** The organization's head: its director in the council, else its first member, else the controller. */
    private String head(String clusterId, String organizationId, String controllerId) {
        if (organizationId == null) {
            return controllerId;
        }
        var people = directory.councilMembers(clusterId).stream().filter(p -> organizationId.equals(p.organizationId())).toList();
        return people.stream().filter(p -> directory.rolesOf(p.id(), clusterId).contains(CouncilRole.DIRECTOR)).findFirst()
                .or(() -> people.stream().findFirst()).map(Person::id).orElse(controllerId);
    }
}
