package org.sovet.directory;

import java.util.List;

/**
 * A current member of the cluster the staff list does not name: their roles here end; {@code deactivate} when they
 * have no role in any other cluster, so nobody loses another council's access through this one's list.
 */
public record StaffRemoval(String personId, String name, List<RoleGrant> roles, boolean deactivate) {

    /** «Член Координационного Совета; учётная запись будет отключена». */
    public String what() {
        String roleTitles = String.join(", ", roles.stream().map(g -> g.role().title()).toList());
        return roleTitles + (deactivate ? "; учётная запись будет отключена" : "; в другом кластере роли остаются");
    }
}
