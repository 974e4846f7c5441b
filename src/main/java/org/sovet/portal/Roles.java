package org.sovet.portal;

import org.sovet.common.Problems;
import org.sovet.directory.CouncilRole;

/** A council role as a form's list posts it. */
final class Roles {

    private Roles() {}

    static CouncilRole of(String posted, Problems problems) {
        for (CouncilRole role : CouncilRole.values()) {
            if (role.name().equals(posted)) {
                return role;
            }
        }
        problems.add("role", "Выберите роль в Совете.");
        return null;
    }
}
