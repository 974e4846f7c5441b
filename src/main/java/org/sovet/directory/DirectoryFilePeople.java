package org.sovet.directory;

import java.util.List;
import java.util.Optional;
import org.sovet.common.InputRejectedException;
import org.springframework.stereotype.Component;

/** The people of a directory file, each checked as the directory pages check a card ({@link PersonChecks}). */
@Component
class DirectoryFilePeople {

    private final DirectoryRepository repository;
    private final PersonChecks checks;

    DirectoryFilePeople(DirectoryRepository repository, PersonChecks checks) {
        this.repository = repository;
        this.checks = checks;
    }

    /**
     * Saves the person with their roles in the cluster (null: a supervisor); one the checks refuse is not saved but
     * named in {@code problems} with its place in the file ({@code where}, «кластер podosinovets, человек 3») and reasons.
     */
    void save(DirectoryImport.DirectoryFile.PersonEntry p, String clusterId, String where, List<String> problems) {
        // a supervisor's organization belongs to some cluster: checked against that one
        String checkedIn = clusterId != null ? clusterId
                : Optional.ofNullable(p.organization()).flatMap(repository::organization).map(Organization::clusterId).orElse(null);
        try {
            checks.checked(checkedIn, new PersonForm(p.id(), p.lastName(), p.firstName(), p.middleName(), p.email(), p.position(),
                    p.organization()));
        } catch (InputRejectedException e) {
            problems.add(where + " (" + p.id() + "): " + String.join(" ", e.problems()));
            return;
        }
        repository.savePerson(new Person(p.id(), p.lastName(), p.firstName(), p.middleName(), p.email(), p.position(),
                p.organization(), clusterId == null));
        if (clusterId != null) {
            p.roles().forEach(role -> repository.grantRole(p.id(), clusterId, role, null, null));
        }
    }
}
