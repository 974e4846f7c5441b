package org.sovet.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;
import org.sovet.bench.floor.FloorApplication;

/**
 * The benchmark command (README «Benchmark»): N councils' year through the REST API on Sovet, then the same
 * user tasks and calls on the engine floor, on H2 or PostgreSQL; prints the figures and writes them to
 * target/bench/result-{db}.json. Arguments: {@code --councils 3 --db h2|postgresql --clients 2 --warm-up 3} (councils
 * run first and not measured, {@link WarmUp}); {@code --render N}
 * measures the protocol renderer alone ({@link RenderBench}). With {@code --preload-tasks N} or
 * {@code --preload-meetings N} it measures reads of a full database instead ({@link ReadsRun}).
 */
public final class Bench {

    static final Duration START = Duration.ofMinutes(10);

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        ((Logger) LoggerFactory.getLogger("com.icegreen.greenmail")).setLevel(Level.WARN);
        Map<String, String> options = options(args);
        if (options.containsKey("render")) {
            RenderBench.run(Integer.parseInt(options.get("render")));
            return;
        }
        int councils = Integer.parseInt(options.getOrDefault("councils", "3"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "2"));
        int warmUp = Integer.parseInt(options.getOrDefault("warm-up", "3"));
        Path root = Path.of("target", "bench", options.getOrDefault("db", "h2")).toAbsolutePath();
        clean(root);
        List<BenchCouncil> all = IntStream.rangeClosed(1, councils).mapToObj(BenchCouncil::of).toList();
        Path directory = root.resolve("directory.json");
        boolean reads = options.containsKey("preload-tasks") || options.containsKey("preload-meetings");
        List<BenchCouncil> warm = reads ? List.of()
                : IntStream.rangeClosed(councils + 1, councils + warmUp).mapToObj(BenchCouncil::of).toList();
        BenchCouncil.writeDirectory(Stream.concat(all.stream(), warm.stream()).toList(),
                reads ? List.of(ReadsRun.SUPERVISOR) : List.of(), directory);
        GreenMail mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try (BenchDatabase database = BenchDatabase.start(options.getOrDefault("db", "h2"), root)) {
            if (reads) {
                new ReadsRun(database, directory, mail, options).run(all);
                return;
            }
            Figures sovet = sovet(database, directory, mail, all, warm, clients);
            Figures floor = floor(database, directory, all, warm, clients);
            Report.write(database.kind(), councils, clients, sovet, floor);
        } finally {
            mail.stop();
        }
    }

    private static Figures sovet(BenchDatabase database, Path directory, GreenMail mail, List<BenchCouncil> all,
                                 List<BenchCouncil> warm, int clients) throws Exception {
        Path dir = database.root().resolve("sovet");
        int port = freePort();
        Stats stats = new Stats();
        Rest rest = new Rest(port, stats);
        try (Child child = SovetChild.start(database, directory, mail, port, rest)) {
            WarmUp warmUp = WarmUp.run("sovet", port, warm, clients, child, true);
            long jobsBefore = jobsRun(rest);
            int mailsBefore = mail.getReceivedMessages().length;
            Duration cpuBefore = child.cpu();
            Optional<Duration> serverBefore = database.serverCpu();
            Duration wall = new YearRun("sovet", new Tasklist(rest), new PortalReads(rest)).run(all, clients);
            Duration cpu = child.cpu().minus(cpuBefore);
            Optional<Duration> server = database.serverCpu().map(after -> after.minus(serverBefore.orElseThrow()));
            Path h2 = dir.resolve("sovet");
            Path trace = Path.of(h2 + ".trace.db");
            Object lines = "n/a (no H2 trace file on " + database.kind() + ")";
            Object exceptions = lines;
            if ("h2".equals(database.kind())) {
                List<String> traced = Files.exists(trace) ? Files.readAllLines(trace) : List.of();
                lines = traced.size();
                exceptions = traced.stream().filter(line -> line.matches("org\\.h2\\.jdbc\\.\\w*Exception.*")).count();
            }
            return new Figures("sovet", stats, warmUp, child.startup(), wall, cpu, server, database.size("sovet", h2), jobsRun(rest) - jobsBefore,
                    child.statusKb("VmHWM"), child.heap(), mail.getReceivedMessages().length - mailsBefore, lines, exceptions);
        }
    }

    private static Figures floor(BenchDatabase database, Path directory, List<BenchCouncil> all, List<BenchCouncil> warm,
                                 int clients) throws Exception {
        Path dir = database.root().resolve("floor");
        int port = freePort();
        List<String> args = new ArrayList<>(FloorApplication.arguments(port, directory));
        args.addAll(database.arguments("floor", dir.resolve("floor")));
        Stats stats = new Stats();
        Rest rest = new Rest(port, stats);
        try (Child child = Child.start(dir, FloorApplication.class.getName(), "classes", Map.of(), args)) {
            child.awaitReady(() -> rest.answers("/engine-rest/engine")
                    && rest.send("GET", "/engine-rest/engine", Tasklist.ADMIN, null, null).statusCode() == 200, START);
            WarmUp warmUp = WarmUp.run("floor", port, warm, clients, child, false);
            Duration cpuBefore = child.cpu();
            Optional<Duration> serverBefore = database.serverCpu();
            Duration wall = new YearRun("floor", new Tasklist(rest), null).run(all, clients);
            Duration cpu = child.cpu().minus(cpuBefore);
            Optional<Duration> server = database.serverCpu().map(after -> after.minus(serverBefore.orElseThrow()));
            String none = "n/a (the floor sends no mail)";
            return new Figures("floor", stats, warmUp, child.startup(), wall, cpu, server, database.size("floor", dir.resolve("floor")), jobsRun(rest),
                    child.statusKb("VmHWM"), child.heap(), none, "n/a (not measured for the floor)", "n/a (not measured for the floor)");
        }
    }

    /** The jobs the job executor ran successfully during the whole run (mails, documents, asynchronous steps). */
    private static long jobsRun(Rest rest) {
        return rest.call("GET", "/engine-rest/history/job-log/count?successLog=true", Tasklist.ADMIN, null, null).get("count").asLong();
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Usage: --councils N --db h2|postgresql --clients N --warm-up N"
                        + " [--preload-tasks N --preload-meetings N --users N --rounds N]; not " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static void clean(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(root);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
