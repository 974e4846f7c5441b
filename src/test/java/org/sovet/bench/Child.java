package org.sovet.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** An application in its own JVM, so its CPU time and memory are its own: Sovet or the engine floor. */
final class Child implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final Instant launched = Instant.now();
    private Duration startup;

    private Child(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** {@code without} names the classpath entry this application must not see (the other one's classes). */
    static Child start(Path dir, String mainClass, String without, Map<String, String> env, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8"));
        // e.g. a flight recording of each application: -XX:StartFlightRecording=settings=profile,filename=...
        String extra = System.getenv("BENCH_CHILD_JAVA_OPTIONS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", classpath(without), mainClass));
        command.addAll(args);
        try {
            Files.createDirectories(dir);
            Path log = dir.resolve("application.log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(env);
            return new Child(builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String classpath(String without) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith(without))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** Waits until the application is ready; the time from launch is its start-up. */
    Child awaitReady(BooleanSupplier ready, Duration timeout) {
        try {
            Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(100)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("exited with " + process.exitValue() + ", see " + log);
                }
                return ready.getAsBoolean();
            });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("not ready after " + timeout + ", see " + log, e);
        }
        startup = Duration.between(launched, Instant.now());
        return this;
    }

    Duration startup() {
        return startup;
    }

    /** The process's CPU time so far (user and system, all threads). */
    Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** A line of /proc/{pid}/status in kB (VmHWM: peak resident set; VmRSS: now); -1 where there is no /proc. */
    long statusKb(String field) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith(field + ":"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    /** The JVM's heap as {@code jcmd GC.heap_info} reports it (its MemoryMXBean's used and committed), or why not. */
    String heap() {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(process.pid()), "GC.heap_info").redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes());
            jcmd.waitFor();
            return out.lines().filter(line -> line.contains("total") && line.contains("used")).findFirst()
                    .map(String::trim).orElse("n/a (jcmd answered no heap line)");
        } catch (IOException e) {
            return "n/a (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "n/a (interrupted)";
        }
    }

    @Override
    public void close() {
        process.destroy();
        process.onExit().orTimeout(60, java.util.concurrent.TimeUnit.SECONDS)
                .exceptionally(e -> process.destroyForcibly()).join();
    }
}
