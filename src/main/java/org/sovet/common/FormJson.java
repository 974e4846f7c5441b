package org.sovet.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * Lists in process variables: form-js sends dynamic lists as JSON (Spin), REST clients may send
 * strings, Java callers lists; all read the same way, and lists are written back as JSON.
 */
@Component
public class FormJson {

    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .findAndRegisterModules();

    /** The list in a variable; a refusal in Russian naming {@code what} if it is not one. */
    public <T> List<T> list(Object value, Class<T> type, String what) {
        if (value == null) {
            return List.of();
        }
        try {
            var listType = json.getTypeFactory().constructCollectionType(List.class, type);
            List<T> values = value instanceof String || value.getClass().getName().startsWith("org.camunda.spin")
                    ? json.readValue(value.toString(), listType) : json.convertValue(value, listType);
            return values == null ? List.of() : values.stream().filter(v -> v != null).toList();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InputRejectedException("Данные формы повреждены: «" + what + "» должны быть списком.");
        }
    }

    public JsonValue json(Object value) {
        try {
            return SpinValues.jsonValue(json.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ids in a process variable: a Java list, serialized as JSON, never with Java serialization. */
    public static ObjectValue ids(List<String> ids) {
        return Variables.objectValue(new ArrayList<>(ids)).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }
}
