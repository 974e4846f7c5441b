package org.sovet.followup;

import java.util.List;
import java.util.Optional;
import org.sovet.common.InputRejectedException;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.springframework.stereotype.Component;

/**
 * Who controls an assignment: the secretary, unless she carries it out herself; nobody accepts a
 * report on their own work unless the council's settings say one person holds both roles.
 */
@Component
class Controllers {

    private static final List<CouncilRole> STAND_INS = List.of(CouncilRole.CHAIR, CouncilRole.DIRECTOR, CouncilRole.CURATOR);

    private final Directory directory;

    Controllers(Directory directory) {
        this.directory = directory;
    }

    String controllerFor(String clusterId, String ownerPersonId, String secretary) {
        if (!secretary.equals(ownerPersonId) || directory.settings(clusterId).dualRolesAllowed()) {
            return secretary;
        }
        return STAND_INS.stream().flatMap(role -> directory.peopleWithRole(clusterId, role).stream())
                .map(Person::id).filter(id -> !id.equals(ownerPersonId)).findFirst().orElse(secretary);
    }

    void checkNotOwnWork(String clusterId, String ownerPersonId, String controller) {
        if (controller.equals(ownerPersonId) && !directory.settings(clusterId).dualRolesAllowed()) {
            throw new InputRejectedException("Исполнитель поручения не может сам принимать отчёт о нём.");
        }
    }

    Optional<String> chair(String clusterId) {
        return directory.peopleWithRole(clusterId, CouncilRole.CHAIR).stream().findFirst().map(Person::id);
    }
}
