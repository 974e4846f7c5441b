package org.sovet.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Concurrent readers of a full database: council people and supervisors open Tasklist (the sidebar with every
 * filter's count, then each ready filter's first page and its count, as Tasklist calls them), and the cluster's
 * archive page, a search in it and a held meeting's audit page.
 */
final class ReadLoad {

    static final List<String> FILTERS = List.of("Мои задачи", "Задачи моей группы", "Просроченные", "Все задачи кластера");
    static final Map<String, String> TIMERS = Map.of("Мои задачи", "filterMine", "Задачи моей группы", "filterGroup",
            "Просроченные", "filterOverdue", "Все задачи кластера", "filterAllOfCluster");
    private static final Map<String, Object> LIST = Map.of("processVariables", List.of(), "taskVariables", List.of(),
            "caseInstanceVariables", List.of(), "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")), "active", true);
    private static final Map<String, Object> COUNT = Map.of("processVariables", List.of(), "taskVariables", List.of(),
            "caseInstanceVariables", List.of(), "active", true);

    private final Rest rest;
    private final BenchCouncil council;
    private final List<Long> auditedMeetings;

    ReadLoad(Rest rest, BenchCouncil council, List<Long> auditedMeetings) {
        this.rest = rest;
        this.council = council;
        this.auditedMeetings = auditedMeetings;
    }

    /** {@code users} at once, each {@code rounds} times: the council's people first, then the supervisor. */
    void run(int users, int rounds, String supervisor) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(users);
        try {
            List<Future<?>> readers = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                boolean member = i < council.voters().size();
                String user = member ? council.voters().get(i) : supervisor;
                int first = i;
                readers.add(pool.submit(() -> {
                    for (int round = 0; round < rounds; round++) {
                        tasklist(user, member ? "member" : "supervisor");
                        portal(first + round);
                    }
                    return null;
                }));
            }
            for (Future<?> reader : readers) {
                reader.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void tasklist(String user, String role) {
        long start = System.nanoTime();
        JsonNode sidebar = rest.call("GET", "/engine-rest/filter?resourceType=Task&itemCount=true", user, null, null);
        rest.stats().time("tasklistSidebar:" + role, start);
        Map<String, String> ids = new LinkedHashMap<>();
        sidebar.forEach(filter -> ids.put(filter.get("name").asText(), filter.get("id").asText()));
        for (String name : FILTERS) {
            String id = ids.get(name);
            if (id == null) {
                throw new IllegalStateException("Tasklist filter «" + name + "» not shown to " + user + ": " + ids.keySet());
            }
            String timer = TIMERS.get(name) + ":" + role;
            start = System.nanoTime();
            try {
                rest.call("POST", "/engine-rest/filter/" + id + "/list?firstResult=0&maxResults=15", user, LIST, null);
                JsonNode count = rest.call("POST", "/engine-rest/filter/" + id + "/count", user, COUNT, null);
                rest.stats().time(timer, start);
                rest.stats().record("tasksSeen:" + timer, count.get("count").asDouble());
            } catch (IllegalStateException e) {
                // an error answer (after the retries) is counted, not timed: the reader goes on as a person would
                rest.stats().count("failed:" + timer);
            }
        }
    }

    /** The secretary's reads, spread over the held meetings. */
    private void portal(int turn) {
        page("/portal/" + council.id(), "portalCluster");
        page("/portal/" + council.id() + "?q=%D0%A0%D0%B5%D1%88%D0%B5%D0%BD%D0%B8%D0%B5&status=", "portalSearch");
        page("/audit/meetings/" + auditedMeetings.get(turn % auditedMeetings.size()), "auditPage");
    }

    private void page(String path, String timer) {
        HttpResponse<String> answer = rest.send("GET", path, council.secretary(), null, timer);
        if (answer.statusCode() != 200) {
            rest.stats().count("failed:" + timer);
        }
    }
}
