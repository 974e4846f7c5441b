package org.sovet.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads clusters, organizations and people from a JSON file (the demo profile ships one)
 * and mirrors them into Camunda's identity service. Running it again updates, never duplicates.
 * A file never carries passwords: one that does is refused whole.
 */
@Component
public class DirectoryImport {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryImport.class);

    private final DirectoryRepository repository;
    private final IdentitySync identitySync;
    private final ResourceLoader resources;
    private final ObjectMapper json;

    DirectoryImport(DirectoryRepository repository, IdentitySync identitySync, ResourceLoader resources, ObjectMapper json) {
        this.repository = repository;
        this.identitySync = identitySync;
        this.resources = resources;
        this.json = json;
    }

    /** A scripted set-up: every cluster and person of the file is added or updated. */
    @Transactional
    public void importFrom(String location) {
        DirectoryFile file = read(location);
        file.clusters().forEach(this::importCluster);
        file.supervisors().forEach(s -> importPerson(s, null));
        identitySync.syncAll();
        LOG.info("Directory imported from {}: {} clusters", location, file.clusters().size());
    }

    /**
     * At every start: only what the directory lacks is taken from the file, so a restart never undoes
     * what the councils changed in their pages since; Camunda's side is brought in line either way.
     */
    @Transactional
    public void seedFrom(String location) {
        DirectoryFile file = read(location);
        var added = file.clusters().stream().filter(c -> repository.cluster(c.id()).isEmpty()).toList();
        added.forEach(this::importCluster);
        file.supervisors().stream().filter(s -> repository.person(s.id()).isEmpty()).forEach(s -> importPerson(s, null));
        identitySync.syncAll();
        LOG.info("Directory seeded from {}: {} of its {} clusters were new", location, added.size(), file.clusters().size());
    }

    private DirectoryFile read(String location) {
        try (InputStream in = resources.getResource(location).getInputStream()) {
            DirectoryFile file = json.readValue(in, DirectoryFile.class);
            refusePasswords(file, location);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the directory from " + location, e);
        }
    }

    /** Passwords in a file end up in backups, repositories and mail: people set theirs themselves. */
    private static void refusePasswords(DirectoryFile file, String location) {
        List<String> withPassword = Stream.concat(file.clusters().stream().flatMap(c -> c.people().stream()),
                        file.supervisors().stream())
                .filter(p -> p.password() != null).map(DirectoryFile.PersonEntry::id).toList();
        if (!withPassword.isEmpty()) {
            throw new IllegalStateException("The directory file " + location + " carries passwords (" + String.join(", ", withPassword)
                    + "): remove them; passwords are never read from a file");
        }
    }

    private void importCluster(DirectoryFile.ClusterEntry entry) {
        repository.saveCluster(new Cluster(entry.id(), entry.name(), entry.areaGenitive(), entry.locality(),
                entry.district(), entry.timeZone() == null ? "Europe/Kirov" : entry.timeZone(), entry.councilName()));
        if (entry.settings() != null) {
            var s = entry.settings();
            var d = CouncilSettings.defaults(entry.id());
            repository.saveSettings(new CouncilSettings(entry.id(), s.academicYearNumbering(),
                    s.quorumPercent() == null ? d.quorumPercent() : s.quorumPercent(),
                    s.qualifiedPercent() == null ? d.qualifiedPercent() : s.qualifiedPercent(),
                    signers(entry.id(), "signers", s.signers(), d.signers()),
                    s.proposalDays() == null ? d.proposalDays() : s.proposalDays(),
                    s.reminderDays() == null ? d.reminderDays() : s.reminderDays(),
                    retentionDays(entry.id(), s.historyRetentionDays(), d.historyRetentionDays()),
                    s.dualRolesAllowed(), s.cancelledFreeNumbers(),
                    decisionsLayout(entry.id(), s.decisionsLayout(), d.decisionsLayout()),
                    signers(entry.id(), "writtenSigners", s.writtenSigners(), d.writtenSigners())));
        }
        entry.organizations().forEach(o ->
                repository.saveOrganization(new Organization(o.id(), entry.id(), o.shortName(), o.fullName(), o.anchor())));
        entry.people().forEach(p -> importPerson(p, entry.id()));
    }

    /** Camunda keeps history for at least a day; zero or less would be a typing error, not a wish to keep nothing. */
    private static int retentionDays(String clusterId, Integer days, int fallback) {
        if (days == null) {
            return fallback;
        }
        if (days < 1) {
            throw new IllegalStateException("historyRetentionDays of cluster " + clusterId + " must be at least 1, not " + days);
        }
        return days;
    }

    private static String signers(String clusterId, String setting, String signers, String fallback) {
        if (signers == null) {
            return fallback;
        }
        if (!CouncilSettings.SIGNER_CHOICES.contains(signers)) {
            throw new IllegalStateException(setting + " of cluster " + clusterId + " is one of " + CouncilSettings.SIGNER_CHOICES
                    + ", not " + signers);
        }
        return signers;
    }

    private static String decisionsLayout(String clusterId, String layout, String fallback) {
        if (layout == null) {
            return fallback;
        }
        if (!layout.equals("PER_ITEM") && !layout.equals("LIST")) {
            throw new IllegalStateException("decisionsLayout of cluster " + clusterId + " is PER_ITEM or LIST, not " + layout);
        }
        return layout;
    }

    private void importPerson(DirectoryFile.PersonEntry p, String clusterId) {
        repository.savePerson(new Person(p.id(), p.lastName(), p.firstName(), p.middleName(), p.email(), p.position(),
                p.organization(), clusterId == null));
        if (clusterId != null) {
            p.roles().forEach(role -> repository.grantRole(p.id(), clusterId, role, null, null));
        }
    }

    /** The layout of the import file. */
    record DirectoryFile(List<ClusterEntry> clusters, List<PersonEntry> supervisors) {
        DirectoryFile {
            clusters = clusters == null ? List.of() : clusters;
            supervisors = supervisors == null ? List.of() : supervisors;
        }

        record ClusterEntry(String id, String name, String areaGenitive, String locality, String district,
                            String timeZone, String councilName, SettingsEntry settings, List<OrganizationEntry> organizations,
                            List<PersonEntry> people) {
            ClusterEntry {
                organizations = organizations == null ? List.of() : organizations;
                people = people == null ? List.of() : people;
            }
        }

        record SettingsEntry(boolean academicYearNumbering, Integer quorumPercent, Integer qualifiedPercent, String signers,
                             Integer proposalDays, Integer reminderDays, Integer historyRetentionDays,
                             boolean dualRolesAllowed, boolean cancelledFreeNumbers, String decisionsLayout,
                             String writtenSigners) {}

        record OrganizationEntry(String id, String shortName, String fullName, boolean anchor) {}

        /** {@code password}: read only to refuse a file that carries one. */
        record PersonEntry(String id, String lastName, String firstName, String middleName, String email,
                           String position, String organization, List<CouncilRole> roles, String password) {
            PersonEntry {
                roles = roles == null ? List.of() : roles;
            }
        }
    }
}
