package org.sovet.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Camunda's typed variables as Tasklist's forms send them: plain values, lists and rows as Spin JSON. */
final class Values {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Values() {
    }

    static Map<String, Object> json(Object value) {
        try {
            return Map.of("value", JSON.writeValueAsString(value), "type", "Json");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> typed(Map<String, Object> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name,
                value instanceof Map<?, ?> map && map.containsKey("type") ? value : Collections.singletonMap("value", value)));
        return typed;
    }
}
