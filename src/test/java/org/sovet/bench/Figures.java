package org.sovet.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One application's measured run: what the report prints and writes; a figure not measured says why. */
record Figures(String name, Stats stats, WarmUp warmUp, Duration startup, Duration wall, Duration cpu, Optional<Duration> serverCpu,
               long databaseBytes, long jobsRun, long peakRssKb, String heap, Object mails, Object traceLines, Object traceExceptions) {

    long meetings() {
        return stats.total("meetings");
    }

    double meetingsPerSecond() {
        return meetings() / seconds(wall);
    }

    double completionsPerSecond() {
        return stats.total("completions") / seconds(wall);
    }

    double cpuPerMeetingSeconds() {
        return seconds(cpu) / meetings();
    }

    /** The application's CPU and its database server's together (H2: the application's alone, it holds the database). */
    double cpuWithServerPerMeetingSeconds() {
        return (seconds(cpu) + serverCpu.map(Figures::seconds).orElse(0.0)) / meetings();
    }

    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("startupSeconds", round(seconds(startup)));
        map.put("warmUpCouncils", warmUp.councils());
        map.put("warmUpCpuSeconds", round(seconds(warmUp.cpu())));
        map.put("warmUpCpuSecondsPerMeeting", warmUp.cpuPerMeetingSeconds());
        map.put("wallSeconds", round(seconds(wall)));
        map.put("meetingsHeldAndSigned", meetings());
        map.put("meetingsScheduled", stats.total("meetingsScheduled"));
        map.put("processStarts", stats.total("starts"));
        map.put("taskCompletions", stats.total("completions"));
        map.put("jobsRun", jobsRun);
        map.put("serverErrorsRetried", stats.total("serverErrors"));
        map.put("meetingsPerSecond", round(meetingsPerSecond()));
        map.put("taskCompletionsPerSecond", round(completionsPerSecond()));
        map.put("cpuSecondsDuringRun", round(seconds(cpu)));
        map.put("cpuSecondsPerMeeting", round(cpuPerMeetingSeconds()));
        map.put("databaseServerCpuSecondsDuringRun", serverCpu.<Object>map(server -> round(seconds(server)))
                .orElse("n/a (H2 runs inside the application and is counted with it, or no /proc)"));
        map.put("cpuWithDatabaseServerSecondsPerMeeting", round(cpuWithServerPerMeetingSeconds()));
        map.put("taskCompletionMs", percentiles("complete", 50, 95, 99));
        map.put("tasklistQueryWithCountMs", percentiles("inbox", 50, 95, 99));
        map.put("portalClusterPageMs", percentiles("portalCluster", 50, 95, 99));
        map.put("portalSearchMs", percentiles("portalSearch", 50, 95, 99));
        map.put("auditPageMs", percentiles("auditPage", 50, 95, 99));
        map.put("protocolAssembleStepMs", percentiles("protocolAssemble", 50, 95));
        map.put("protocolFreezeStepMs", percentiles("protocolFreeze", 50, 95));
        map.put("protocolPdfDownloadMs", percentiles("protocolDownload", 50, 95));
        map.put("databaseBytes", databaseBytes);
        // the database holds the warm-up's meetings too
        map.put("databaseBytesPerMeeting", meetings() == 0 ? null : databaseBytes / (meetings() + warmUp.meetings()));
        map.put("peakRssMiB", peakRssKb < 0 ? "n/a (no /proc)" : peakRssKb / 1024);
        map.put("heap", heap);
        map.put("mailsReceived", mails);
        map.put("h2TraceLines", traceLines);
        map.put("h2TraceSqlExceptions", traceExceptions);
        return map;
    }

    /** {"n": samples, "p50": …}, or «n/a (…)» when this application has no such call. */
    private Object percentiles(String timer, int... ps) {
        if (stats.samples(timer) == 0) {
            return "n/a (" + name + " has no such call in this run)";
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("n", stats.samples(timer));
        for (int p : ps) {
            values.put("p" + p, round(stats.percentile(timer, p)));
        }
        return values;
    }

    static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
