package org.sovet.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application as it runs, on an in-memory H2 with the demo directory, a real SMTP server
 * (GreenMail) and the job executor off: tests drive jobs and timers themselves.
 * Tagged «database»: these tests run a second time on PostgreSQL 16 ({@link PostgresInsteadOfH2}).
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class SovetTest {

    /** A free port, so test runs of several checkouts on one machine do not collide. */
    public static final int SMTP_PORT = freePort();

    @RegisterExtension
    protected static final GreenMailExtension MAIL =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    protected ProcessEngine engine;

    @Autowired
    protected Scenario scenario;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeEach
    void freshState() {
        BpmnAwareTests.init(engine);
        registered(engine);
        scenario.reset();
    }

    @AfterEach
    void signOut() {
        scenario.signOut();
    }

    /**
     * Tasklist's API and /engine-rest find the engine by its name in Camunda's static ProcessEngines.
     * A test class with a context of its own (DemoMailboxTest, PostgresCompatibilityTest) puts its
     * engine there under the same name «default», and removes the name when its context closes: the
     * webapps would serve another context's engine, or none.
     */
    private static void registered(ProcessEngine engine) {
        if (ProcessEngines.getProcessEngines().get(engine.getName()) != engine) {
            ProcessEngines.registerProcessEngine(engine);
        }
    }

    /** A port nobody on this machine listens on now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
