package org.sovet.bench;

import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Sovet's own JVM for the bench: the demo profile, the bench's database, directory and mail sink. */
final class SovetChild {

    private SovetChild() {
    }

    /** Sovet in its own JVM on the bench's database, directory and mail sink, ready to answer. */
    static Child start(BenchDatabase database, Path directory, GreenMail mail, int port, Rest rest) throws IOException {
        Path dir = database.root().resolve("sovet");
        List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--spring.profiles.active=demo",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.getSmtp().getPort(),
                "--sovet.demo.mail-server.enabled=false", "--sovet.base-url=http://127.0.0.1:" + port,
                "--sovet.directory.import-location=file:" + directory));
        args.addAll(database.arguments("sovet", null));
        Child child = Child.start(dir, "org.sovet.SovetApplication", "test-classes",
                Map.of("SOVET_DATA_DIR", dir.toString(), "SOVET_DEMO_SMTP_PORT", Integer.toString(Bench.freePort())), args);
        try {
            return child.awaitReady(() -> rest.answers("/actuator/health") && rest.send("GET", "/actuator/health", "x", null, null)
                    .statusCode() == 200, Bench.START);
        } catch (RuntimeException e) {
            child.close();
            throw e;
        }
    }
}
