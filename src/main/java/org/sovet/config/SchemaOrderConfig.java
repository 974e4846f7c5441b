package org.sovet.config;

import java.util.Arrays;
import java.util.stream.Stream;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway must find an empty schema the first time, so the domain migrations run before the
 * process engine creates Camunda's tables.
 */
@Configuration(proxyBeanMethods = false)
class SchemaOrderConfig {

    @Bean
    static BeanFactoryPostProcessor processEngineAfterFlyway() {
        return beanFactory -> {
            if (!beanFactory.containsBeanDefinition("flywayInitializer")) {
                return;
            }
            for (String name : beanFactory.getBeanNamesForType(ProcessEngineFactoryBean.class, true, false)) {
                var definition = beanFactory.getBeanDefinition(name.startsWith("&") ? name.substring(1) : name);
                String[] dependsOn = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
                definition.setDependsOn(Stream.concat(Arrays.stream(dependsOn), Stream.of("flywayInitializer"))
                        .toArray(String[]::new));
            }
        };
    }
}
