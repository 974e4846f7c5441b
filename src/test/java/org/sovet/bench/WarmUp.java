package org.sovet.bench;

import java.time.Duration;
import java.util.List;

/**
 * Councils whose year runs first and is not measured. In its first minutes an application spends most of its CPU
 * on the JIT compiling its code (Sovet has far more code to compile than the floor: pages, documents, mail), which
 * a server running for months pays once; both applications get the same warm-up, and its CPU is printed apart.
 */
record WarmUp(int councils, Duration cpu, long meetings) {

    static WarmUp run(String name, int port, List<BenchCouncil> councils, int clients, Child child, boolean portal)
            throws Exception {
        if (councils.isEmpty()) {
            return new WarmUp(0, Duration.ZERO, 0);
        }
        Stats stats = new Stats();
        Rest rest = new Rest(port, stats);
        Duration before = child.cpu();
        YearRun year = new YearRun(name + " warm-up", new Tasklist(rest), portal ? new PortalReads(rest) : null);
        year.run(councils, clients);
        return new WarmUp(councils.size(), child.cpu().minus(before), stats.total("meetings"));
    }

    Object cpuPerMeetingSeconds() {
        return meetings == 0 ? "n/a (no warm-up)" : Figures.round(Figures.seconds(cpu) / meetings);
    }
}
