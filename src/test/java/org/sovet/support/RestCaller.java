package org.sovet.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;

/** Calls the running application over HTTP as a demo user (HTTP Basic, password «demo»), any method, JSON or multipart. */
@Component
@Lazy
public class RestCaller {

    private final HttpClient client = HttpClient.newHttpClient();
    private final int port;

    RestCaller(@Value("${local.server.port}") int port) {
        this.port = port;
    }

    /** The status the application answers; a String body goes as JSON, a Map as multipart form data. */
    public int call(String user, String method, String path, Object body) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        if (body instanceof Map<?, ?> fields) {
            String boundary = UUID.randomUUID().toString();
            request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .method(method, HttpRequest.BodyPublishers.ofString(multipart(fields, boundary), StandardCharsets.UTF_8));
        } else {
            request.header("Content-Type", "application/json").method(method, body == null
                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString((String) body, StandardCharsets.UTF_8));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String multipart(Map<?, ?> fields, String boundary) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append('"')
                .append("content".equals(name) ? "; filename=\"" + value + ".txt\"\r\nContent-Type: text/plain" : "")
                .append("\r\n\r\n").append(value).append("\r\n"));
        return body.append("--").append(boundary).append("--\r\n").toString();
    }
}
