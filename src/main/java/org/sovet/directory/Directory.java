package org.sovet.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * What other features may ask of the reference data. Roles and memberships are those held today:
 * a role between its dates, of a person not deactivated.
 */
@Service
public class Directory {

    private final DirectoryRepository repository;
    private final Clock clock;
    private final ActingRoles acting;
    private final DirectoryAudit audit;

    Directory(DirectoryRepository repository, Clock clock, ActingRoles acting, DirectoryAudit audit) {
        this.repository = repository;
        this.clock = clock;
        this.acting = acting;
        this.audit = audit;
    }

    /** The directory's date: the day roles are held on. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<Cluster> clusters() {
        return repository.clusters();
    }

    public Cluster cluster(String clusterId) {
        return repository.cluster(clusterId)
                .orElseThrow(() -> new IllegalArgumentException("Неизвестный кластер: " + clusterId));
    }

    public Optional<Person> person(String personId) {
        return personId == null ? Optional.empty() : repository.person(personId);
    }

    public Optional<Organization> organization(String organizationId) {
        return organizationId == null ? Optional.empty() : repository.organization(organizationId);
    }

    public List<Organization> organizations(String clusterId) {
        return repository.organizations(clusterId);
    }

    public Optional<Organization> anchorSchool(String clusterId) {
        return repository.organizations(clusterId).stream().filter(Organization::anchor).findFirst();
    }

    /** Who does the role today: an absent holder's substitute in their place (see {@link Substitutions}). */
    public List<Person> peopleWithRole(String clusterId, CouncilRole role) {
        return acting.peopleWithRole(clusterId, role, repository.peopleWithRole(clusterId, role, today()));
    }

    /** Everyone of the council except guests: who gets the council's mail. */
    public List<Person> councilMembers(String clusterId) {
        return repository.councilMembers(clusterId, today());
    }

    /** The voting members' ids: whom a council step (proposals, ballots, mail) is for. */
    public List<String> councilMemberIds(String clusterId) {
        return councilMembers(clusterId).stream().map(Person::id).toList();
    }

    /** The council's regulation; the defaults where the council has set nothing. */
    public CouncilSettings settings(String clusterId) {
        return repository.settings(clusterId).orElseGet(() -> CouncilSettings.defaults(clusterId));
    }

    /**
     * The roles the person works in the cluster's council today, in the order of {@link CouncilRole}: with
     * those they stand in for as a substitute, without those they are away from. Authority checks read this.
     */
    public List<CouncilRole> rolesOf(String personId, String clusterId) {
        return acting.rolesOf(personId, clusterId, heldRolesOf(personId, clusterId));
    }

    /** The person's own roles valid today, substitutions aside. */
    public List<CouncilRole> heldRolesOf(String personId, String clusterId) {
        return repository.roles(personId, clusterId, today()).stream().map(CouncilRole::valueOf).sorted().toList();
    }

    /** Whether the person does the role today as someone's substitute («исполняющий обязанности»), not as its holder. */
    public boolean actingIn(String personId, String clusterId, CouncilRole role) {
        return acting.acting(personId, clusterId, role);
    }

    /** Whether the person has a voting role in the cluster's council today (any role but guest). */
    public boolean isMember(String personId, String clusterId) {
        return rolesOf(personId, clusterId).stream().anyMatch(role -> role != CouncilRole.GUEST);
    }

    public List<String> clusterIdsOf(String personId) {
        return repository.clusterIdsOf(personId, today());
    }

    /** Everyone who has or had a role in the cluster, the active ones first. */
    public List<Person> people(String clusterId) {
        return repository.people(clusterId);
    }

    /** The cluster's role rows with their dates, past and future ones too. */
    public List<RoleGrant> roleGrants(String clusterId) {
        return repository.roleGrants(clusterId);
    }

    /** Whether the person may log in and act: not deactivated. */
    public boolean isActive(String personId) {
        return personId != null && repository.isActive(personId);
    }

    /** When the person was deactivated; empty while they are active. */
    public Optional<Instant> deactivatedAt(String personId) {
        return personId == null ? Optional.empty() : repository.deactivatedAt(personId);
    }

    /** The cluster's directory changes, newest first; {@code null}: the changes of no cluster (supervisors). */
    public List<DirectoryChange> changes(String clusterId) {
        return audit.changes(clusterId);
    }

    /** Every directory change, newest first (supervisors). */
    public List<DirectoryChange> allChanges() {
        return audit.all();
    }

    /**
     * How a list offers a person to pick: «Воронцов А.Н. — директор, МКОУ СОШ пгт Демьяново»; a position
     * that names its organization already («директор КОГОБУ СШ пгт Подосиновец») keeps it once.
     */
    public String pickLabel(Person person) {
        String organization = organizationBesidesPosition(person).orElse(null);
        String where = String.join(", ", Stream.of(person.position(), organization)
                .filter(part -> part != null && !part.isBlank()).toList());
        return where.isEmpty() ? person.surnameAndInitials() : person.surnameAndInitials() + " — " + where;
    }

    /** The person's organization (short name), unless the position already names it. */
    public Optional<String> organizationBesidesPosition(Person person) {
        return organization(person.organizationId()).map(Organization::shortName)
                .filter(o -> person.position() == null || !person.position().contains(o));
    }
}
