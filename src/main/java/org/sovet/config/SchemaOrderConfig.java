package org.sovet.config;

import java.util.Arrays;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The schemas in their order: Flyway's domain migrations must find an empty schema the first time, so they
 * run first (and create the start-up lock's table); then Camunda's changelog ({@link CamundaSchema}); then the process engine, which only checks
 * that its tables are there at its version.
 */
@Configuration(proxyBeanMethods = false)
class SchemaOrderConfig {

    private static final String FLYWAY = "flywayInitializer";
    private static final String CAMUNDA_SCHEMA = "camundaSchema";

    @Bean
    CamundaSchema camundaSchema(DataSource dataSource, StartupLock lock) {
        return new CamundaSchema(dataSource, lock);
    }

    @Bean
    static BeanFactoryPostProcessor processEngineAfterSchemas() {
        return beanFactory -> {
            if (beanFactory.containsBeanDefinition(FLYWAY)) {
                dependOn(beanFactory.getBeanDefinition(CAMUNDA_SCHEMA), FLYWAY);
            }
            for (String name : beanFactory.getBeanNamesForType(ProcessEngineFactoryBean.class, true, false)) {
                dependOn(beanFactory.getBeanDefinition(name.startsWith("&") ? name.substring(1) : name), CAMUNDA_SCHEMA);
            }
        };
    }

    private static void dependOn(BeanDefinition definition, String bean) {
        String[] dependsOn = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
        definition.setDependsOn(Stream.concat(Arrays.stream(dependsOn), Stream.of(bean)).toArray(String[]::new));
    }
}
