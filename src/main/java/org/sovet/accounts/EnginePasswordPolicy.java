package org.sovet.accounts;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Turns Camunda's password policy on (10 characters, upper and lower case, a digit, a sign, no user
 * data), binding every way to set a password: Sovet's pages, Camunda Admin, /engine-rest. Turned on once
 * the engine is built: the configured first administrator (demo/demo in the demo, admin/admin in the
 * tests, SOVET_ADMIN_PASSWORD in prod) is created during the build and is the operator's choice.
 */
@Component
class EnginePasswordPolicy implements SmartInitializingSingleton {

    private final ProcessEngineConfigurationImpl configuration;

    /** The engine is asked for so that it is built, and its administrator created, before this bean. */
    EnginePasswordPolicy(ProcessEngineConfigurationImpl configuration, ProcessEngine engine) {
        this.configuration = configuration;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (configuration.getPasswordPolicy() == null) {
            configuration.setPasswordPolicy(new DefaultPasswordPolicyImpl());
        }
        configuration.setEnablePasswordPolicy(true);
    }
}
