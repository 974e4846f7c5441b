package org.sovet.config;

import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The process engine builds under the start-up lock: on a new database the first node creates
 * Camunda's tables (schema-update) while the others wait, instead of all creating them at once and
 * failing on each other's tables. Flyway's tables, the lock's among them, exist before (SchemaOrderConfig).
 */
@Component
class EngineSchemaLock extends AbstractProcessEnginePlugin {

    private static final Duration WAIT = Duration.ofMinutes(10);

    private final StartupLock lock;
    private StartupLock.Held held;

    EngineSchemaLock(StartupLock lock) {
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
