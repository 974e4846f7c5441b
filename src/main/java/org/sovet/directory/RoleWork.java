package org.sovet.directory;

import java.util.Set;

/**
 * A feature's word on its tasks assigned to one person with no candidate group (a signature, a chair's
 * decision): which council roles such a step may be the work of, so a substitute can take it over.
 */
public interface RoleWork {

    /** The roles whose holder the step with this element id may be assigned to; empty when none. */
    Set<CouncilRole> rolesFor(String taskDefinitionKey);
}
