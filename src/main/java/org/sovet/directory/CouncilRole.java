package org.sovet.directory;

/** A person's role in a cluster's coordination council; each is a Camunda group per cluster. */
public enum CouncilRole {
    CHAIR("Председатель Координационного Совета"),
    DIRECTOR("Директор опорной школы"),
    SECRETARY("Координатор-ответственный секретарь (методист)"),
    CURATOR("Куратор Координационного Совета"),
    MEMBER("Член Координационного Совета"),
    GUEST("Приглашённый");

    private final String title;

    CouncilRole(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Camunda group id of this role in a cluster, e.g. {@code podosinovets-director}. */
    public String groupId(String clusterId) {
        return clusterId + "-" + name().toLowerCase();
    }
}
