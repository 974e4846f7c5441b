package org.sovet.bench;

import java.time.Duration;
import java.time.Instant;

/** «sovet [#####.....] 2/3 councils, 01:12 elapsed, ETA 00:36» on stderr, rewritten in place. */
final class Progress {

    private static final int WIDTH = 30;
    private final String name;
    private final int total;
    private final Instant start = Instant.now();

    Progress(String name, int total) {
        this.name = name;
        this.total = total;
        show(0);
    }

    synchronized void show(int done) {
        Duration elapsed = Duration.between(start, Instant.now());
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        String eta = done == 0 ? "--:--" : clock(elapsed.multipliedBy(total - done).dividedBy(done));
        System.err.printf("\r%-6s [%s%s] %d/%d councils, %s elapsed, ETA %s ", name, "#".repeat(filled), ".".repeat(WIDTH - filled),
                done, total, clock(elapsed), eta);
        System.err.flush();
    }

    void finish() {
        System.err.println();
    }

    private static String clock(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%02d:%02d", seconds / 60, seconds % 60);
    }
}
