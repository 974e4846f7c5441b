package org.sovet.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * «storage» in /actuator/health: DOWN while the data directory is short of space or the database
 * cannot commit a write. A read alone would not do: H2 reopens a file it cannot write to and still
 * answers queries. The write is a counter in storage_probe, at most once per probe interval.
 */
@Component
class StorageHealthIndicator implements HealthIndicator {

    private record Probe(long atNanos, String error) {}

    private final Path dataDir;
    private final StorageProperties storage;
    private final JdbcClient jdbc;
    private Probe last;

    StorageHealthIndicator(SovetProperties sovet, StorageProperties storage, JdbcClient jdbc) {
        this.dataDir = Path.of(sovet.dataDir()).toAbsolutePath().normalize();
        this.storage = storage;
        this.jdbc = jdbc;
    }

    @Override
    public Health health() {
        long free = usableSpace();
        long min = storage.minFreeSpace().toBytes();
        Probe probe = probe();
        Health.Builder health = free >= min && probe.error() == null ? Health.up() : Health.down();
        health.withDetail("dataDir", dataDir.toString()).withDetail("freeBytes", free).withDetail("minFreeBytes", min);
        if (free < min) {
            health.withDetail("disk", "Мало места на диске с данными: свободно " + free / 1024 / 1024 + " МБ");
        }
        if (probe.error() != null) {
            health.withDetail("database", "База данных не может записать изменения: " + probe.error());
        }
        return health.build();
    }

    /** The nearest existing directory on the way to the data directory (PostgreSQL needs none). */
    private long usableSpace() {
        Path existing = dataDir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? 0 : Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            return 0;
        }
    }

    private synchronized Probe probe() {
        long now = System.nanoTime();
        if (last != null && now - last.atNanos() < storage.probeInterval().toNanos()) {
            return last;
        }
        String error;
        try {
            int rows = jdbc.sql("update storage_probe set probes = probes + 1 where id = 1").update();
            error = rows == 1 ? null : "нет строки storage_probe";
        } catch (RuntimeException e) {
            error = e.getMessage();
        }
        last = new Probe(now, error);
        return last;
    }
}
