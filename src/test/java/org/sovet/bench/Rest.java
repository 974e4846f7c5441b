package org.sovet.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;

/** HTTP calls to one application as its users make them: HTTP Basic with the demo password, JSON in and out. */
final class Rest {

    static final String PASSWORD = "demo";
    private static final int RETRIES = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final Stats stats;

    Rest(int port, Stats stats) {
        this.port = port;
        this.stats = stats;
    }

    Stats stats() {
        return stats;
    }

    /** A 2xx call's JSON (null when empty); anything else fails with the body. {@code timer} names the latency, or null. */
    JsonNode call(String method, String path, String user, Object body, String timer) {
        HttpResponse<String> response = send(method, path, user, body, timer);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " as " + user + ": " + response.statusCode() + " " + response.body());
        }
        try {
            return response.body().isEmpty() ? null : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Any answer; the latency is recorded under {@code timer} when given. */
    HttpResponse<String> send(String method, String path, String user, Object body, String timer) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofMinutes(2))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(UTF_8)))
                    .header("Content-Type", "application/json").header("Accept", "application/json, text/html")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), UTF_8))
                    .build();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
            // a server error (a pool timeout under load) rolls back and is counted; the person tries again, as in Tasklist
            for (int retry = 0; retry < RETRIES && response.statusCode() >= 500; retry++) {
                stats.count("serverErrors");
                response = http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
            }
            if (timer != null) {
                stats.time(timer, start);
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether anything answers on the port yet. */
    boolean answers(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() < 500;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
