package org.sovet.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies (milliseconds) and counts of one application's run, gathered from every client thread. */
final class Stats {

    private final Map<String, List<Double>> samples = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    void time(String name, long startNanos) {
        record(name, (System.nanoTime() - startNanos) / 1e6);
    }

    void record(String name, double millis) {
        samples.computeIfAbsent(name, key -> Collections.synchronizedList(new ArrayList<>())).add(millis);
    }

    void count(String name) {
        counts.computeIfAbsent(name, key -> new AtomicLong()).incrementAndGet();
    }

    long total(String name) {
        AtomicLong count = counts.get(name);
        return count == null ? 0 : count.get();
    }

    /** The names with samples, sorted. */
    List<String> names() {
        return samples.keySet().stream().sorted().toList();
    }

    /** The counts, by name. */
    Map<String, Long> counts() {
        Map<String, Long> all = new java.util.TreeMap<>();
        counts.forEach((name, count) -> all.put(name, count.get()));
        return all;
    }

    int samples(String name) {
        List<Double> list = samples.get(name);
        return list == null ? 0 : list.size();
    }

    /** The p-th percentile (nearest rank) in ms, or null without samples. */
    Double percentile(String name, double p) {
        List<Double> list = samples.get(name);
        if (list == null || list.isEmpty()) {
            return null;
        }
        List<Double> sorted;
        synchronized (list) {
            sorted = new ArrayList<>(list);
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
