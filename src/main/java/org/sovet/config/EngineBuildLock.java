package org.sovet.config;

import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The process engine builds under the start-up lock: its build creates the administrator and her
 * authorizations if absent (the starter's admin-user plugin, check-then-insert), and two nodes
 * starting together on a new database both inserted them and one failed on the unique key.
 * Camunda's tables exist by then ({@link CamundaSchema}, under the same lock).
 */
// last of the plugins: the lock is released after every other plugin's post-build work
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class EngineBuildLock extends AbstractProcessEnginePlugin {

    private static final Duration WAIT = Duration.ofMinutes(10);

    private final StartupLock lock;
    private StartupLock.Held held;

    EngineBuildLock(StartupLock lock) {
        this.lock = lock;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        held = lock.hold(WAIT);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        held.close();
        held = null;
    }
}
