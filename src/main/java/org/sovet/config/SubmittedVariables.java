package org.sovet.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sovet.common.ControlCharacters;

/**
 * Checks the JSON body of a write to the engine's REST API: only the fields a form declares, of
 * plain value types, and no control characters in any text. Answers the Russian reason to refuse.
 */
final class SubmittedVariables {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> VALUE_TYPES = Set.of("string", "boolean", "integer", "long", "short", "double",
            "date", "json", "null");
    /** Keys of the REST body's own structure: a refusal names the field inside them. */
    private static final Set<String> WRAPPERS = Set.of("variables", "value", "valueInfo", "modifications");

    private SubmittedVariables() {}

    /** The body as JSON; an empty body is an empty object, and a body that is no JSON is the engine's to answer. */
    static Optional<JsonNode> parse(byte[] body) {
        try {
            return Optional.of(body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Control characters anywhere in the body: text fields, comments, JSON inside a variable. */
    static Optional<String> controlCharacters(JsonNode body) {
        return controlIn(body, "");
    }

    /** A completion or a start may carry the form's fields and nothing else. */
    static Optional<String> beyondForm(JsonNode body, Set<String> allowedFields, Set<String> formKeys) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowedFields.contains(name)) {
                return Optional.of("Запрос содержит параметр «" + name + "», которого форма не отправляет.");
            }
        }
        for (var variables = body.path("variables").fields(); variables.hasNext(); ) {
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
    static Optional<String> businessKey(JsonNode body) {
        JsonNode key = body.get("businessKey");
        return key == null || key.isNull() || key.asText().isBlank() ? Optional.empty()
                : Optional.of("Ключ процесса задаёт система: не указывайте его при запуске.");
    }

    private static Optional<String> controlIn(JsonNode node, String field) {
        if (node.isTextual()) {
            if (ControlCharacters.in(node.asText())) {
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
