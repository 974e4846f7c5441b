package org.sovet.plan;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting in the current engine command: the REST or webapp user, or the task assignee. */
final class CurrentUser {

    private CurrentUser() {}

    static String id(IdentityService identity, String fallback) {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : fallback;
    }
}
