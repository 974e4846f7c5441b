package org.sovet.config;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.actuator.JobExecutorHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job executor in /actuator/health («jobExecutor»: DOWN when it stopped acquiring jobs, so
 * timers, mail and reminders would wait). The starter declares this indicator only if the
 * «jobExecutor» bean is registered before its own configuration is read, which it is not; the bean
 * name is the starter's, so the two never both exist. Where job execution is switched off on
 * purpose (tests drive jobs themselves) an idle executor is no fault and is not reported.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "camunda.bpm.job-execution", name = "enabled", havingValue = "true", matchIfMissing = true)
class JobExecutorHealth {

    @Bean
    HealthIndicator jobExecutorHealthIndicator(JobExecutor jobExecutor) {
        return new JobExecutorHealthIndicator(jobExecutor);
    }
}
