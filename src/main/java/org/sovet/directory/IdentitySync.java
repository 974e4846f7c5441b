package org.sovet.directory;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Mirrors the directory's people into Camunda ({@link ClusterGrants} keeps tenants, groups and their
 * authorizations). A person is a member of the groups of the roles held today, and of none once
 * deactivated; memberships of Sovet's groups the directory no longer gives are removed. Idempotent.
 */
@Component
class IdentitySync {

    private final DirectoryRepository repository;
    private final ActingRoles acting;
    private final IdentityService identity;
    private final ClusterGrants grants;
    private final String demoPassword;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** {@code demoPassword}: the password every new person gets in the demo and the tests; none elsewhere. */
    IdentitySync(DirectoryRepository repository, ActingRoles acting, IdentityService identity, ClusterGrants grants,
                 @Value("${sovet.demo.password:}") String demoPassword, Clock clock) {
        this.repository = repository;
        this.acting = acting;
        this.identity = identity;
        this.grants = grants;
        this.demoPassword = demoPassword == null || demoPassword.isBlank() ? null : demoPassword;
        this.clock = clock;
    }

    void syncAll() {
        grants.syncSupervisors();
        for (Cluster cluster : repository.clusters()) {
            grants.syncCluster(cluster);
        }
        for (Person person : repository.people()) {
            syncUser(person);
        }
        removeStrayMembers();
    }

    /** Brings one person's account and memberships in line with the directory. */
    void syncPerson(String personId) {
        repository.person(personId).ifPresent(this::syncUser);
    }

    /** A deactivated person's password is replaced by one no one knows: no login until reactivated and invited. */
    void lockOut(String personId) {
        User user = identity.createUserQuery().userId(personId).singleResult();
        if (user != null) {
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            // the policy's classes of characters, so that Camunda's password policy accepts it
            user.setPassword(Base64.getUrlEncoder().withoutPadding().encodeToString(secret) + "Aa1!");
            identity.saveUser(user);
        }
    }

    private void syncUser(Person person) {
        User user = identity.createUserQuery().userId(person.id()).singleResult();
        boolean created = user == null;
        if (created) {
            user = identity.newUser(person.id());
            // elsewhere a new person has no password until they set one
            user.setPassword(demoPassword);
        }
        String firstName = person.middleName() == null ? person.firstName() : person.firstName() + " " + person.middleName();
        // a restart finds most accounts as they are: rewriting each one would cost a start an update per person
        if (created || !Objects.equals(user.getFirstName(), firstName) || !Objects.equals(user.getLastName(), person.lastName())
                || !Objects.equals(user.getEmail(), person.email())) {
            user.setFirstName(firstName);
            user.setLastName(person.lastName());
            user.setEmail(person.email());
            // past the password policy: the one password set here is the demo's «demo», which people's own passwords may not be
            ((IdentityServiceImpl) identity).saveUser(user, true);
        }
        Set<String> wanted = wantedGroups(person);
        Set<String> current = new HashSet<>();
        for (Group group : identity.createGroupQuery().groupMember(person.id()).list()) {
            current.add(group.getId());
            if (!wanted.contains(group.getId()) && isManaged(group.getId())) {
                identity.deleteMembership(person.id(), group.getId());
            }
        }
        for (String groupId : wanted) {
            if (!current.contains(groupId)) {
                identity.createMembership(person.id(), groupId);
            }
        }
    }

    private Set<String> wantedGroups(Person person) {
        LocalDate today = LocalDate.now(clock);
        if (!repository.isActive(person.id())) {
            return Set.of();
        }
        if (person.supervisor()) {
            return Set.of(CouncilRole.SUPERVISORS_GROUP);
        }
        Set<String> groups = new HashSet<>();
        for (String clusterId : repository.clusterIdsOf(person.id(), today)) {
            // a substitute in force takes the absent person's role group for its period (Substitutions)
            List<CouncilRole> held = repository.roles(person.id(), clusterId, today).stream().map(CouncilRole::valueOf).toList();
            acting.rolesOf(person.id(), clusterId, held).forEach(role -> groups.add(role.groupId(clusterId)));
        }
        return groups;
    }

    /** Members of Sovet's groups who are not in the directory (an account made by hand in Admin) leave them. */
    private void removeStrayMembers() {
        for (String groupId : managedGroups()) {
            for (User user : identity.createUserQuery().memberOfGroup(groupId).list()) {
                if (repository.person(user.getId()).isEmpty()) {
                    identity.deleteMembership(user.getId(), groupId);
                }
            }
        }
    }

    private List<String> managedGroups() {
        List<String> groups = new ArrayList<>(List.of(CouncilRole.SUPERVISORS_GROUP));
        for (Cluster cluster : repository.clusters()) {
            for (CouncilRole role : CouncilRole.values()) {
                groups.add(role.groupId(cluster.id()));
            }
        }
        return groups;
    }

    /** Sovet's groups: supervisors, and a council role's group of a cluster of the directory. */
    private boolean isManaged(String groupId) {
        if (CouncilRole.SUPERVISORS_GROUP.equals(groupId)) {
            return true;
        }
        for (CouncilRole role : CouncilRole.values()) {
            String suffix = "-" + role.name().toLowerCase();
            if (groupId.endsWith(suffix)) {
                return repository.cluster(groupId.substring(0, groupId.length() - suffix.length())).isPresent();
            }
        }
        return false;
    }
}
