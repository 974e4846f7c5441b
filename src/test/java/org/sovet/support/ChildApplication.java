package org.sovet.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Sovet as it runs in production: its own JVM (the demo profile, an H2 file in {@code dataDir}),
 * started from this build's classpath, so a test can kill it like a power cut kills a process
 * ({@link #kill()}: SIGKILL on Linux) and start it again on the same data.
 */
public final class ChildApplication implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ChildApplication(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the application; {@code args} are more Spring Boot arguments («--name=value»). */
    public static ChildApplication start(Path dataDir, int port, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8",
                "-cp", applicationClasspath(), "org.sovet.SovetApplication", "--server.port=" + port));
        command.addAll(Arrays.asList(args));
        try {
            Path log = Files.createTempFile(dataDir.getParent(), "sovet-" + port + "-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("SOVET_DATA_DIR", dataDir.toString());
            builder.environment().put("SOVET_DEMO_SMTP_PORT", Integer.toString(freePort()));
            return new ChildApplication(builder.start(), port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This build's classes and dependencies, without the test classes (their components are not the application's). */
    private static String applicationClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** Waits until /actuator/health answers UP; fails with the end of the log if the process dies or time runs out. */
    public ChildApplication waitUntilHealthy(Duration timeout) {
        try {
            Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(200)).until(this::healthy);
            return this;
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("Sovet not healthy after " + timeout + ":\n" + logTail(), e);
        }
    }

    private boolean healthy() throws InterruptedException {
        if (!process.isAlive()) {
            throw new IllegalStateException("Sovet exited with " + process.exitValue() + ":\n" + logTail());
        }
        try {
            return http.send(HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        }
    }

    /** SIGKILL: no shutdown hook, no closing of the database. */
    public void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM: the orderly shutdown of a stopped service. */
    public void stop() {
        process.destroy();
        awaitExit();
    }

    @Override
    public void close() {
        kill();
    }

    /** A call as {@code user} with HTTP Basic; {@code json} is the body or null. */
    public HttpResponse<String> call(String method, String path, String user, String password, String json) {
        var request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json, UTF_8));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The last lines the application wrote (its log goes to a file next to the data directory). */
    public String logTail() {
        try (var lines = Files.lines(log)) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - 60), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitExit() {
        process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }
}
