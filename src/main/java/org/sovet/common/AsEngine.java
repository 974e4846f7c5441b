package org.sovet.common;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Engine queries made as the engine itself, with no authenticated user, for callers that have already
 * decided from the directory what the person may see; the caller's authentication is given back after.
 */
public final class AsEngine {

    private AsEngine() {}

    public static <T> T run(IdentityService identity, Supplier<T> work) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
