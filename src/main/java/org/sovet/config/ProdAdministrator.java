package org.sovet.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In production the first Camunda administrator comes from the environment (application-prod.yml),
 * never from Camunda Admin's set-up page, which the first visitor of a new server could use to make
 * themselves administrator; Camunda closes that page once an administrator exists. Checked before
 * any bean, so the engine never starts without one.
 */
@Component
@Profile("prod")
class ProdAdministrator implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String MISSING = "The prod profile needs the first Camunda administrator: set SOVET_ADMIN_USER and"
            + " SOVET_ADMIN_PASSWORD (camunda.bpm.admin-user.id and .password). Without them anyone reaching the server"
            + " first could make themselves administrator on Camunda Admin's set-up page.";

    private static final Logger LOG = LoggerFactory.getLogger(ProdAdministrator.class);

    private Environment environment;

    /** Given rather than injected: a post-processor is created before constructor injection works. */
    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (blank("camunda.bpm.admin-user.id") || blank("camunda.bpm.admin-user.password")) {
            LOG.error(MISSING);
            throw new IllegalStateException(MISSING);
        }
    }

    private boolean blank(String property) {
        String value = environment.getProperty(property);
        return value == null || value.isBlank();
    }
}
