package org.sovet.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The variables a Camunda Form (form-js 1.8 schema) submits: the key of each input field and the
 * path of each dynamic list or keyed group; disabled fields and display-only components submit nothing.
 */
final class FormFields {

    private static final Set<String> DISPLAY_ONLY = Set.of("text", "html", "image", "spacer", "separator", "button", "table",
            "iframe", "default");
    private static final ObjectMapper JSON = new ObjectMapper();

    private FormFields() {}

    static Set<String> submittedBy(InputStream form) {
        try (form) {
            Set<String> keys = new LinkedHashSet<>();
            collect(JSON.readTree(form), keys);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode container, Set<String> keys) {
        for (JsonNode component : container.path("components")) {
            String type = component.path("type").asText();
            if (DISPLAY_ONLY.contains(type) || component.path("disabled").asBoolean(false)) {
                continue;
            }
            String path = component.path("path").asText("");
            if (!path.isEmpty()) {
                // a dynamic list or a keyed group submits one variable; its first segment names it
                keys.add(path.split("\\.")[0]);
            } else if (component.hasNonNull("key") && !"group".equals(type)) {
                keys.add(component.get("key").asText().split("\\.")[0]);
            } else {
                collect(component, keys);
            }
        }
    }
}
