package org.sovet.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the JSON body of a write to the engine's REST API: only the fields a form declares, of
 * plain value types, and no control characters in any text. Answers the Russian reason to refuse.
 */
final class SubmittedVariables {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Set<String> VALUE_TYPES = Set.of("string", "boolean", "integer", "long", "short", "double",
            "date", "json", "null");
    /** Keys of the REST body's own structure: a refusal names the field inside them. */
    private static final Set<String> WRAPPERS = Set.of("variables", "value", "valueInfo", "modifications");

    private SubmittedVariables() {}

    /** A body's control characters, wherever they are (text fields, comments, JSON inside a variable). */
    static Optional<String> controlCharacters(byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try {
            return controlIn(JSON.readTree(body), "");
        } catch (IOException e) {
            // not JSON: the engine answers that itself
            return Optional.empty();
        }
    }

    /** A completion or a start may carry the form's fields and nothing else. */
    static Optional<String> beyondForm(byte[] body, Set<String> allowedFields, Set<String> formKeys) {
        JsonNode root;
        try {
            root = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return Optional.empty();
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowedFields.contains(name)) {
                return Optional.of("Запрос содержит параметр «" + name + "», которого форма не отправляет.");
            }
        }
        for (var variables = root.path("variables").fields(); variables.hasNext(); ) {
            var variable = variables.next();
            if (!formKeys.contains(variable.getKey())) {
                return Optional.of("В форме нет поля «" + variable.getKey() + "»: отправить можно только поля формы.");
            }
            String type = variable.getValue().path("type").asText("String").toLowerCase(Locale.ROOT);
            if (!VALUE_TYPES.contains(type)) {
                return Optional.of("Поле «" + variable.getKey() + "» принимает только текст, число, дату или список.");
            }
        }
        return Optional.empty();
    }

    /** The system names the processes it binds; a person's start carries no business key. */
    static Optional<String> businessKey(byte[] body) {
        try {
            JsonNode key = body.length == 0 ? null : JSON.readTree(body).get("businessKey");
            return key == null || key.isNull() || key.asText().isBlank() ? Optional.empty()
                    : Optional.of("Ключ процесса задаёт система: не указывайте его при запуске.");
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> controlIn(JsonNode node, String field) {
        if (node.isTextual()) {
            if (CONTROL.matcher(node.asText()).find()) {
                return Optional.of("Поле «" + field + "» содержит недопустимые управляющие символы.");
            }
            return nestedJson(node.asText()).flatMap(nested -> controlIn(nested, field));
        }
        for (var fields = node.fields(); fields.hasNext(); ) {
            var entry = fields.next();
            Optional<String> found = controlIn(entry.getValue(), WRAPPERS.contains(entry.getKey()) ? field : entry.getKey());
            if (found.isPresent()) {
                return found;
            }
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                Optional<String> found = controlIn(element, field);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** A Json variable's value is a string of JSON: its texts are checked too. */
    private static Optional<JsonNode> nestedJson(String text) {
        String trimmed = text.trim();
        if (!(trimmed.startsWith("{") || trimmed.startsWith("["))) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(trimmed));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
