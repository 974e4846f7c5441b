package org.sovet.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Periodic work of every node (the substitutions' sweep); each such job is safe to run on all nodes at once. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {
}
