package org.sovet.protocol;

import java.util.Set;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.RoleWork;
import org.springframework.stereotype.Component;

/** A signature is the work of the role its signer signs in: chair, curator or secretary (the council's setting). */
@Component
class SigningRoleWork implements RoleWork {

    @Override
    public Set<CouncilRole> rolesFor(String taskDefinitionKey) {
        return ProtocolProcess.Elements.SIGN.equals(taskDefinitionKey)
                ? Set.of(CouncilRole.CHAIR, CouncilRole.CURATOR, CouncilRole.SECRETARY) : Set.of();
    }
}
