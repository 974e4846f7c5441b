package org.sovet.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** /engine-rest as a client uses it: HTTP Basic with the demo password, JSON bodies, Camunda's typed variables. */
@Component
@Lazy
public class EngineRest {

    private final TestRestTemplate http;
    private static final ObjectMapper JSON = new ObjectMapper();

    EngineRest(TestRestTemplate http) {
        this.http = http;
    }

    public ResponseEntity<String> post(String user, String path, Object body) {
        return send(user, HttpMethod.POST, path, body);
    }

    public ResponseEntity<String> get(String user, String path) {
        return send(user, HttpMethod.GET, path, null);
    }

    /** Sends the body as it is when it is a String (malformed JSON), else as JSON. */
    public ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String text = body == null ? null : body instanceof String raw ? raw : write(body);
        return http.withBasicAuth(user, "demo").exchange("/engine-rest" + path, method, new HttpEntity<>(text, headers), String.class);
    }

    /** A multipart form, as Tasklist sends a task attachment. */
    public ResponseEntity<String> postForm(String user, String path, Map<String, String> parts) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        parts.forEach(form::add);
        return http.withBasicAuth(user, "demo").postForEntity("/engine-rest" + path, new HttpEntity<>(form, headers), String.class);
    }

    public ResponseEntity<String> submitTaskForm(String user, String taskId, Map<String, ?> variables) {
        return post(user, "/task/" + taskId + "/submit-form", Map.of("variables", typed(variables)));
    }

    /** Starts the tenant's latest definition of the process through its start form. */
    public ResponseEntity<String> startForm(String user, String processKey, String tenantId, Map<String, ?> variables) {
        return post(user, "/process-definition/key/" + processKey + "/tenant-id/" + tenantId + "/submit-form",
                Map.of("variables", typed(variables)));
    }

    /** A value Camunda stores as a Spin JSON variable. */
    public static Map<String, Object> jsonVariable(Object value) {
        return Map.of("value", write(value), "type", "Json");
    }

    public JsonNode read(ResponseEntity<String> response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not JSON: " + response.getBody(), e);
        }
    }

    /** Plain values become {"value": …}; values already typed ({"value", "type"}) stay as they are. */
    private static Map<String, Object> typed(Map<String, ?> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name,
                value instanceof Map<?, ?> map && map.containsKey("type") ? value : Collections.singletonMap("value", value)));
        return typed;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
