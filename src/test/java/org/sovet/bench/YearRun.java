package org.sovet.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.sovet.protocol.ProtocolProcess;

/** The councils' year on one running application, {@code clients} councils at a time, with the progress bar. */
final class YearRun {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Kirov"));

    private final String name;
    private final Tasklist tasklist;
    private final PortalReads portal;

    /** {@code portal} is null for the floor, which has no pages. */
    YearRun(String name, Tasklist tasklist, PortalReads portal) {
        this.name = name;
        this.tasklist = tasklist;
        this.portal = portal;
    }

    /** Runs every council's year and waits until no job is due (mails, documents); the wall-clock time taken. */
    Duration run(List<BenchCouncil> councils, int clients) throws Exception {
        Instant start = Instant.now();
        Progress progress = new Progress(name, councils.size());
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<String> protocols = new CopyOnWriteArrayList<>();
        try {
            List<Future<?>> years = new ArrayList<>();
            for (BenchCouncil council : councils) {
                years.add(pool.submit(() -> {
                    CouncilYear year = new CouncilYear(tasklist, council, TODAY);
                    List<String> held = year.run();
                    protocols.addAll(year.protocols());
                    if (portal != null) {
                        portal.read(council, held);
                    }
                    progress.show(done.incrementAndGet());
                    return null;
                }));
            }
            for (Future<?> year : years) {
                year.get();
            }
        } finally {
            pool.shutdownNow();
        }
        awaitJobsDone();
        // the signed files are a job's after the last signature: their step has ended once no job is due
        protocols.forEach(protocol -> tasklist.stepDurations(protocol, ProtocolProcess.Elements.FREEZE, "protocolFreeze"));
        progress.finish();
        return Duration.between(start, Instant.now());
    }

    void awaitJobsDone() {
        Awaitility.await(name + ": no job due").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> tasklist.rest().call("GET", "/engine-rest/job/count?executable=true", Tasklist.ADMIN, null, null)
                        .get("count").asInt() == 0);
    }
}
