package org.sovet.meeting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.sovet.common.InputRejectedException;
import org.sovet.common.RussianDates;
import org.springframework.stereotype.Component;

/** Reads the meeting forms' variables, whatever client submitted them, and writes lists as JSON. */
@Component
class MeetingForms {

    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    List<AgendaEntry> entries(VariableScope scope, String variable) {
        return list(scope, variable, AgendaEntry.class);
    }

    void writeEntries(VariableScope scope, String variable, List<AgendaEntry> entries) {
        writeList(scope, variable, entries);
    }

    void writeList(VariableScope scope, String variable, List<?> values) {
        try {
            scope.setVariable(variable, SpinValues.jsonValue(json.writeValueAsString(values)).create());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    <T> List<T> list(VariableScope scope, String variable, Class<T> type) {
        Object value = scope.getVariable(variable);
        if (value == null) {
            return List.of();
        }
        try {
            var listType = json.getTypeFactory().constructCollectionType(List.class, type);
            List<T> values = value instanceof String || value.getClass().getName().startsWith("org.camunda.spin")
                    ? json.readValue(value.toString(), listType) : json.convertValue(value, listType);
            return values == null ? List.of() : values.stream().filter(v -> v != null).toList();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InputRejectedException("Данные формы повреждены: «" + variable + "» должен быть списком.");
        }
    }

    List<String> strings(VariableScope scope, String variable) {
        return list(scope, variable, String.class);
    }

    MeetingRequest request(VariableScope s) {
        return new MeetingRequest(date(s, MeetingProcess.Vars.DATE, "дата заседания"), time(s, MeetingProcess.Vars.TIME),
                integer(s.getVariable(MeetingProcess.Vars.DURATION)), format(s.getVariable(MeetingProcess.Vars.FORMAT)),
                text(s, MeetingProcess.Vars.PLACE), text(s, MeetingProcess.Vars.LINK),
                date(s, MeetingProcess.Vars.VOTING_DEADLINE, "срок голосования"), text(s, MeetingProcess.Vars.THEME),
                text(s, MeetingProcess.Vars.ORGANIZERS), date(s, MeetingProcess.Vars.PROPOSAL_DEADLINE_FORM, "срок предложений"));
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    static LocalDate date(VariableScope scope, String name, String what) {
        Object value = scope.getVariable(name);
        if (value instanceof LocalDate date) {
            return date;
        }
        String text = value == null ? null : value.toString();
        LocalDate date = RussianDates.parse(text);
        if (text != null && !text.isBlank() && date == null) {
            throw new InputRejectedException("Неверно указана " + what + ": «" + text + "». Формат — ДД.ММ.ГГГГ.");
        }
        return date;
    }

    static LocalTime time(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            String text = value.toString().trim();
            return LocalTime.parse(text.length() > 5 ? text.substring(0, 5) : text);
        } catch (DateTimeParseException e) {
            throw new InputRejectedException("Неверно указано время: «" + value + "». Формат — ЧЧ:ММ, например 14:00.");
        }
    }

    private static Integer integer(Object value) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return value == null || value.toString().isBlank() ? null : Integer.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new InputRejectedException("Продолжительность указывается в минутах, числом.");
        }
    }

    private static MeetingFormat format(Object value) {
        try {
            return value == null ? null : MeetingFormat.valueOf(value.toString());
        } catch (IllegalArgumentException e) {
            throw new InputRejectedException("Неизвестный формат заседания: «" + value + "».");
        }
    }
}
