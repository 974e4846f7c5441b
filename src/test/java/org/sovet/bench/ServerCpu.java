package org.sovet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The CPU a PostgreSQL server has used so far, from /proc: the postmaster's own, its backends' while they live, and
 * what the backends that ended left in the postmaster's count of its reaped children. An application on PostgreSQL
 * hands much of its work to the server, which its own process CPU does not show.
 */
final class ServerCpu {

    private final ProcessHandle postmaster;
    private final long ticksPerSecond;

    private ServerCpu(ProcessHandle postmaster, long ticksPerSecond) {
        this.postmaster = postmaster;
        this.ticksPerSecond = ticksPerSecond;
    }

    /** The server whose postmaster runs on {@code dataDirectory}; empty where there is no /proc to read it from. */
    static Optional<ServerCpu> of(Path dataDirectory) {
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            return Optional.empty();
        }
        String directory = dataDirectory.toAbsolutePath().toString();
        ProcessHandle postmaster = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(line -> line.contains(directory) && !line.contains("pg_ctl")).orElse(false))
                .filter(p -> p.parent().map(parent -> !parent.info().commandLine().orElse("").contains(directory)).orElse(true))
                .findFirst().orElseThrow(() -> new IllegalStateException("No PostgreSQL server runs on " + directory));
        return Optional.of(new ServerCpu(postmaster, ticksPerSecond()));
    }

    Duration used() {
        long ticks = ticks(postmaster.pid(), true) + postmaster.descendants().mapToLong(p -> ticks(p.pid(), false)).sum();
        return Duration.ofMillis(ticks * 1000 / ticksPerSecond);
    }

    /** utime + stime, and with {@code reaped} the children's the process has waited for (fields 14–17 of stat). */
    private static long ticks(long pid, boolean reaped) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
            // the command name in parentheses may hold spaces: count the fields after it
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return reaped ? own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : own;
        } catch (IOException | RuntimeException gone) {
            // a backend that ended between the listing and the read: its time is in the postmaster's reaped count
            return 0;
        }
    }

    private static long ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            return getconf.waitFor() == 0 ? Long.parseLong(out) : 100;
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
