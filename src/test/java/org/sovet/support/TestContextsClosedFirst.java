package org.sovet.support;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.cache.ContextCache;
import org.springframework.test.context.cache.DefaultCacheAwareContextLoaderDelegate;

/**
 * On PostgreSQL, closes the test contexts once every test has run. Left to the JVM's exit, the engine's
 * close (it still writes its metrics) races zonky's hook stopping the server, waits for a connection in
 * vain and keeps the fork from exiting until surefire kills it. Registered in META-INF/services.
 */
public class TestContextsClosedFirst implements TestExecutionListener {

    private static final Set<MergedContextConfiguration> CONTEXTS = ConcurrentHashMap.newKeySet();

    /** A context on the embedded server, to close before it stops. */
    static void track(MergedContextConfiguration context) {
        CONTEXTS.add(context);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        // removing closes the context, and a later test plan in this JVM would load it again
        ContextCache cache = new SharedContextCache().cache();
        CONTEXTS.forEach(context -> cache.remove(context, HierarchyMode.EXHAUSTIVE));
        CONTEXTS.clear();
    }

    /** The delegate made without arguments uses the cache every test class shares. */
    private static final class SharedContextCache extends DefaultCacheAwareContextLoaderDelegate {

        ContextCache cache() {
            return getContextCache();
        }
    }
}
