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

    /** «председателя Координационного Совета»: whose duties an acting substitute performs. */
    public String genitive() {
        return switch (this) {
            case CHAIR -> "председателя Координационного Совета";
            case DIRECTOR -> "директора опорной школы";
            case SECRETARY -> "координатора-ответственного секретаря (методиста)";
            case CURATOR -> "куратора Координационного Совета";
            case MEMBER -> "члена Координационного Совета";
            case GUEST -> "приглашённого";
        };
    }

    /** «Исполняющий обязанности председателя Координационного Совета», as a document prints a substitute's role. */
    public String actingTitle() {
        return "Исполняющий обязанности " + genitive();
    }

    /** «председателем Совета этого кластера», after «является». */
    public String instrumental() {
        return switch (this) {
            case CHAIR -> "председателем Совета этого кластера";
            case DIRECTOR -> "директором опорной школы этого кластера";
            case SECRETARY -> "секретарём Совета этого кластера";
            case CURATOR -> "куратором Совета этого кластера";
            case MEMBER -> "членом Совета этого кластера";
            case GUEST -> "приглашённым этого кластера";
        };
    }

    /** The Camunda group of those who read every cluster (no council role: they sit on no council). */
    public static final String SUPERVISORS_GROUP = "supervisors";

    /** Camunda group id of this role in a cluster, e.g. {@code podosinovets-director}. */
    public String groupId(String clusterId) {
        return clusterId + "-" + name().toLowerCase();
    }
}
