package org.sovet.bench.floor;

import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * The engine floor: a bare Camunda 7.24 Spring Boot application (webapp and REST starters, authorization and
 * tenant checks on, HTTP Basic on /engine-rest) running the bench's user tasks in small hand-written models
 * (bench/floor/*.bpmn) with no service work. Started by the bench in its own JVM, never by the tests: it is no
 * {@code @Configuration}, so Sovet's component scan does not pick it up.
 */
@EnableAutoConfiguration
public class FloorApplication {

    public static void main(String[] args) {
        SpringApplication.run(FloorApplication.class, args);
    }

    /** The floor's settings: no configuration file, so nothing of Sovet's application.yml applies. */
    public static List<String> arguments(int port, Path directory) {
        return List.of("--spring.config.name=floor", "--server.port=" + port, "--floor.directory=" + directory,
                "--spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration,"
                        + "org.springframework.boot.autoconfigure.liquibase.LiquibaseAutoConfiguration,"
                        + "org.springframework.boot.autoconfigure.session.SessionAutoConfiguration,"
                        + "org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration,"
                        + "org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration",
                "--camunda.bpm.admin-user.id=demo", "--camunda.bpm.admin-user.password=demo",
                "--camunda.bpm.authorization.enabled=true", "--camunda.bpm.auto-deployment-enabled=false",
                "--camunda.bpm.database.schema-update=true", "--camunda.bpm.history-level=full",
                "--camunda.bpm.default-serialization-format=application/json", "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.generic-properties.properties.tenant-check-enabled=true",
                "--camunda.bpm.generic-properties.properties.default-user-permission-name-for-task=TASK_WORK",
                "--camunda.bpm.generic-properties.properties.general-resource-whitelist-pattern=[a-z0-9][a-z0-9._-]*|camunda-admin");
    }

    @Bean
    FloorCouncils floorCouncils(ProcessEngine engine, @Value("${floor.directory}") Path directory) {
        return new FloorCouncils(engine, directory);
    }

    /** /engine-rest checks HTTP Basic against the identity service, as Sovet's does. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestBasicAuth() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> filter = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        filter.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        filter.addUrlPatterns("/engine-rest/*");
        return filter;
    }
}
