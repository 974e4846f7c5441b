package org.sovet.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads at scale (README «Benchmark», issue 14's read targets): the first council's year is held and every council
 * is left with open work, Sovet is stopped, its database filled by {@link Preload} to the open tasks and meetings
 * asked for, Sovet started again and read by {@code --users} people at once ({@link ReadLoad}); the figures go to
 * target/bench/reads-{db}.json.
 */
final class ReadsRun {

    static final String SUPERVISOR = "bench.supervisor";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Kirov"));

    private final BenchDatabase database;
    private final Path directory;
    private final GreenMail mail;
    private final Map<String, String> options;

    ReadsRun(BenchDatabase database, Path directory, GreenMail mail, Map<String, String> options) {
        this.database = database;
        this.directory = directory;
        this.mail = mail;
        this.options = options;
    }

    void run(List<BenchCouncil> councils) throws Exception {
        BenchCouncil measured = councils.get(0);
        Path h2 = database.root().resolve("sovet").resolve("sovet");
        int port = Bench.freePort();
        Rest seeding = new Rest(port, new Stats());
        Instant start = Instant.now();
        try (Child sovet = SovetChild.start(database, directory, mail, port, seeding)) {
            Tasklist tasklist = new Tasklist(seeding);
            YearRun year = new YearRun("sovet", tasklist, null);
            year.run(List.of(measured), 1);
            for (BenchCouncil council : councils) {
                new CouncilYear(tasklist, council, TODAY).openWork();
            }
            year.awaitJobsDone();
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("database", database.kind());
        result.put("seedSeconds", Figures.seconds(Duration.between(start, Instant.now())));
        start = Instant.now();
        List<Long> audited;
        try (Connection connection = database.connection("sovet", h2)) {
            Preload preload = new Preload(connection);
            result.put("openTasks", preload.tasks(Long.parseLong(options.getOrDefault("preload-tasks", "0"))));
            audited = signedMeetings(connection, measured.id());
            result.put("meetingsOfCluster", preload.meetings(measured.id(), Long.parseLong(options.getOrDefault("preload-meetings", "0"))));
        }
        result.put("preloadSeconds", Figures.seconds(Duration.between(start, Instant.now())));
        int users = Integer.parseInt(options.getOrDefault("users", "20"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "10"));
        Stats stats = new Stats();
        Rest rest = new Rest(port, stats);
        try (Child sovet = SovetChild.start(database, directory, mail, port, rest)) {
            new ReadLoad(new Rest(port, new Stats()), measured, audited).run(users, 1, SUPERVISOR);
            start = Instant.now();
            new ReadLoad(rest, measured, audited).run(users, rounds, SUPERVISOR);
            result.put("measureSeconds", Figures.seconds(Duration.between(start, Instant.now())));
            result.put("users", users);
            result.put("rounds", rounds);
            result.put("databaseBytes", database.size("sovet", h2));
            result.put("latenciesMs", latencies(stats));
            result.put("counts", stats.counts());
        }
        String text = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(result);
        Path file = Path.of("target", "bench", "reads-" + database.kind() + ".json");
        Files.writeString(file, text);
        System.out.println(text);
        System.out.println("written to " + file.toAbsolutePath());
    }

    /** p50 / p95 / p99 (n) of each call; for «tasksSeen» the number of tasks the filter counted. */
    private static Map<String, String> latencies(Stats stats) {
        Map<String, String> figures = new LinkedHashMap<>();
        for (String name : stats.names()) {
            figures.put(name, Math.round(stats.percentile(name, 50)) + " / " + Math.round(stats.percentile(name, 95)) + " / "
                    + Math.round(stats.percentile(name, 99)) + " (n=" + stats.samples(name) + ")");
        }
        return figures;
    }

    /** The cluster's meetings really held and signed (read before any copy): their audit pages are read. */
    private static List<Long> signedMeetings(Connection connection, String cluster) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select m.id from meeting m join protocol p on p.meeting_id = m.id"
                + " where p.status = 'SIGNED' and m.cluster_id = ? order by m.id")) {
            query.setString(1, cluster);
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    ids.add(found.getLong(1));
                }
            }
        }
        return ids;
    }
}
