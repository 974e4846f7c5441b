package org.sovet.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application as it runs, on an in-memory H2 with the demo directory, a real SMTP server
 * (GreenMail) and the job executor off: tests drive jobs and timers themselves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class SovetTest {

    public static final int SMTP_PORT = 3925;

    @RegisterExtension
    protected static final GreenMailExtension MAIL =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    protected ProcessEngine engine;

    @Autowired
    protected Scenario scenario;

    @BeforeEach
    void freshState() {
        BpmnAwareTests.init(engine);
        scenario.reset();
    }

    @AfterEach
    void signOut() {
        scenario.signOut();
    }
}
