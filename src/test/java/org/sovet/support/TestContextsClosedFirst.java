package org.sovet.support;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;
import org.springframework.test.context.cache.DefaultCacheAwareContextLoaderDelegate;

/**
 * On PostgreSQL, closes the cached test contexts once every test has run. Left to the JVM's exit, the
 * engine's close (it still writes) would race zonky's hook stopping the server, wait for a connection
 * in vain and keep the fork from exiting until surefire kills it. Registered in META-INF/services.
 */
public class TestContextsClosedFirst implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (PostgresInsteadOfH2.active()) {
            new SharedContextCache().close();
        }
    }

    /** The delegate made without arguments uses the cache every test class shares. */
    private static final class SharedContextCache extends DefaultCacheAwareContextLoaderDelegate {

        void close() {
            getContextCache().clear();
        }
    }
}
