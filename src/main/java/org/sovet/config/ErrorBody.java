package org.sovet.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answer on the engine's REST API in Camunda's own shape ({type, message, code}), so
 * Tasklist shows the message as it shows the engine's; the keys keep their order.
 */
final class ErrorBody {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorBody() {}

    static void write(HttpServletResponse response, int status, String type, String message) throws IOException {
        write(response, status, type, message, Map.of());
    }

    /** {@code more}: keys after Camunda's own, e.g. the field a refusal is about. */
    static void write(HttpServletResponse response, int status, String type, String message, Map<String, Object> more)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        body.put("code", 0);
        body.putAll(more);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }
}
