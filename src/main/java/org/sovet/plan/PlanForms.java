package org.sovet.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.sovet.common.InputRejectedException;
import org.sovet.common.RussianDates;
import org.springframework.stereotype.Component;

import static org.sovet.plan.WorkPlanProcess.Vars;

/**
 * Converts between the plan forms' variables (planGoal, planTasks and planSections as JSON
 * from form-js dynamic lists) and {@link PlanContent}, whatever client submitted them.
 */
@Component
class PlanForms {

    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .findAndRegisterModules();

    PlanContent read(VariableScope variables) {
        return new PlanContent(
                text(variables.getVariable(Vars.GOAL)),
                list(variables.getVariable(Vars.TASKS), new TypeReference<List<PlanContent.Task>>() {}),
                list(variables.getVariable(Vars.SECTIONS), new TypeReference<List<PlanContent.Section>>() {}));
    }

    void write(VariableScope variables, PlanContent content) {
        variables.setVariable(Vars.GOAL, content.goal());
        variables.setVariable(Vars.TASKS, SpinValues.jsonValue(toJson(content.tasks())).create());
        variables.setVariable(Vars.SECTIONS, SpinValues.jsonValue(toJson(content.sections())).create());
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static Integer integer(Object value) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return value == null || value.toString().isBlank() ? null : Integer.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new InputRejectedException("Год должен быть числом, например 2024.");
        }
    }

    static LocalDate date(Object value, ZoneId zone) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(zone).toLocalDate();
        }
        LocalDate parsed = RussianDates.parse(text(value));
        if (value != null && !value.toString().isBlank() && parsed == null) {
            throw new InputRejectedException("Дата приказа указана неверно: «" + value + "». Формат — ДД.ММ.ГГГГ.");
        }
        return parsed;
    }

    private <T> List<T> list(Object value, TypeReference<List<T>> type) {
        if (value == null) {
            return List.of();
        }
        try {
            List<T> result = value instanceof String || value.getClass().getName().startsWith("org.camunda.spin")
                    ? json.readValue(value.toString(), type)
                    : json.convertValue(value, type);
            return result == null ? List.of() : result;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InputRejectedException("Данные формы плана повреждены: разделы и задачи должны быть списками.");
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
