package org.sovet.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Production's set-up in small: one PostgreSQL 16, one SMTP server (GreenMail, in the test's JVM) and
 * two Sovet nodes in their own JVMs on both, each with its job executor on and named in Camunda's
 * job log («node-a», «node-b»: the historic job log's hostname), the demo directory and users.
 */
public final class TwoNodes implements AutoCloseable {

    private static final Duration START = Duration.ofMinutes(5);

    private final EmbeddedPostgres postgres;
    private final GreenMail mail;
    private final ChildApplication a;
    private final ChildApplication b;

    private TwoNodes(EmbeddedPostgres postgres, GreenMail mail, ChildApplication a, ChildApplication b) {
        this.postgres = postgres;
        this.mail = mail;
        this.a = a;
        this.b = b;
    }

    /** Starts both nodes at once (the start-up work runs on one, under the database lock) and waits until both are healthy. */
    public static TwoNodes start(Path temp) {
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int smtp = ChildApplication.freePort();
        GreenMail mail = new GreenMail(new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        String url = postgres.getJdbcUrl("postgres", "postgres");
        ChildApplication a = node(temp, "node-a", url, smtp);
        ChildApplication b = node(temp, "node-b", url, smtp);
        TwoNodes nodes = new TwoNodes(postgres, mail, a, b);
        try {
            a.waitUntilHealthy(START);
            b.waitUntilHealthy(START);
            return nodes;
        } catch (RuntimeException e) {
            nodes.close();
            throw e;
        }
    }

    private static ChildApplication node(Path temp, String name, String url, int smtp) {
        try {
            Path data = Files.createDirectories(temp.resolve(name).resolve("data"));
            return ChildApplication.start(data, ChildApplication.freePort(),
                    "--spring.profiles.active=demo,postgres",
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=postgres",
                    // the test's SMTP server instead of the demo's embedded one, shared by both nodes
                    "--sovet.demo.mail-server.enabled=false",
                    "--spring.mail.host=127.0.0.1",
                    "--spring.mail.port=" + smtp,
                    "--camunda.bpm.generic-properties.properties.hostname=" + name,
                    // a node learns of jobs the other created only by polling: poll often, not after a minute idle
                    "--camunda.bpm.job-execution.wait-time-in-millis=500",
                    "--camunda.bpm.job-execution.max-wait=2000");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChildApplication a() {
        return a;
    }

    public ChildApplication b() {
        return b;
    }

    public List<ChildApplication> both() {
        return List.of(a, b);
    }

    public GreenMail mail() {
        return mail;
    }

    /** The shared database, as the directory import or an operator writes it. */
    public JdbcClient database() {
        return JdbcClient.create(postgres.getPostgresDatabase());
    }

    @Override
    public void close() {
        a.close();
        b.close();
        mail.stop();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
