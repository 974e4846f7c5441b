package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;

/** A node takes no job before its start-up has deployed the models and moved the instances to them. */
class DeferredJobExecutorTest {

    @Test
    void shouldRunNoJobBeforeTheStartUpIsDone() {
        DeferredJobExecutor deferred = new DeferredJobExecutor();
        ProcessEngine engine = engine(deferred, true);
        try {
            assertThat(executorOf(engine).isActive()).as("while the start-up runs").isFalse();
            deferred.start();
            assertThat(executorOf(engine).isActive()).as("after the start-up").isTrue();
        } finally {
            engine.close();
        }
    }

    @Test
    void shouldLeaveJobExecutionOffWhereItIsSwitchedOff() {
        DeferredJobExecutor deferred = new DeferredJobExecutor();
        ProcessEngine engine = engine(deferred, false);
        try {
            deferred.start();
            assertThat(executorOf(engine).isActive()).isFalse();
        } finally {
            engine.close();
        }
    }

    private static ProcessEngine engine(DeferredJobExecutor deferred, boolean jobExecution) {
        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEnginePlugins(List.of(deferred));
        configuration.setJdbcUrl("jdbc:h2:mem:deferred-jobs-" + jobExecution + ";DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setJobExecutorActivate(jobExecution);
        configuration.setProcessEngineName("deferred-jobs-" + jobExecution);
        return configuration.buildProcessEngine();
    }

    private static JobExecutor executorOf(ProcessEngine engine) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    }
}
