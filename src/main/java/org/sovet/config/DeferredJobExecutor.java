package org.sovet.config;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.stereotype.Component;

/**
 * The job executor starts after Sovet's start-up ({@link Bootstrap}), not with the engine: a timer or
 * a mail job must not run on a node that has not yet deployed the current models and moved the running
 * instances to them. Until then the node's health says the job executor is down, so a balancer keeps
 * its traffic away. Where job execution is off (tests drive jobs themselves) it stays off.
 */
@Component
class DeferredJobExecutor extends AbstractProcessEnginePlugin {

    private boolean wanted;
    private JobExecutor executor;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        wanted = configuration.isJobExecutorActivate();
        executor = configuration.getJobExecutor();
        configuration.setJobExecutorActivate(false);
        if (executor != null) {
            // the engine starts an auto-activating executor as it registers with it
            executor.setAutoActivate(false);
        }
    }

    /** Starts acquiring jobs, if this node is to run them. */
    void start() {
        if (wanted && executor != null && !executor.isActive()) {
            executor.start();
        }
    }
}
