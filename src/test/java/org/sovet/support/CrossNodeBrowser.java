package org.sovet.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One browser in front of several nodes, as behind a balancer: its cookies (the session, Camunda's
 * XSRF-TOKEN) go to whichever node it calls, it follows no redirect and, like Tasklist's scripts,
 * sends back the CSRF token Camunda's webapps last gave out.
 */
public final class CrossNodeBrowser {

    private static final String CAMUNDA_TOKEN = "X-XSRF-TOKEN";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String camundaToken;

    public HttpResponse<String> get(ChildApplication node, String path) {
        return send(request(node, path).GET());
    }

    /** A form post, as the portal's pages send it. */
    public HttpResponse<String> post(ChildApplication node, String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), UTF_8) + "=" + URLEncoder.encode(e.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(node, path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, UTF_8)));
    }

    /** A post to Camunda's webapp API, with the CSRF token given out before. */
    public HttpResponse<String> postToCamunda(ChildApplication node, String path) {
        return send(request(node, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public String camundaToken() {
        return camundaToken;
    }

    private HttpRequest.Builder request(ChildApplication node, String path) {
        var request = HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(30));
        if (camundaToken != null) {
            request.header(CAMUNDA_TOKEN, camundaToken);
        }
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                String name = pair.substring(0, equals).trim();
                String value = pair.substring(equals + 1).trim();
                if (value.isEmpty() || cookie.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            response.headers().firstValue(CAMUNDA_TOKEN).ifPresent(token -> camundaToken = token);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static URI location(HttpResponse<?> response) {
        return URI.create(response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no redirect")));
    }
}
