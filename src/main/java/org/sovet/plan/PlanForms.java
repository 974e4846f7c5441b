package org.sovet.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.sovet.common.FormJson;
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

    private final FormJson json;

    PlanForms(FormJson json) {
        this.json = json;
    }

    PlanContent read(VariableScope variables) {
        return new PlanContent(
                text(variables.getVariable(Vars.GOAL)),
                json.list(variables.getVariable(Vars.TASKS), PlanContent.Task.class, "задачи"),
                json.list(variables.getVariable(Vars.SECTIONS), PlanContent.Section.class, "разделы плана"));
    }

    void write(VariableScope variables, PlanContent content) {
        variables.setVariable(Vars.GOAL, content.goal());
        variables.setVariable(Vars.TASKS, json.json(content.tasks()));
        variables.setVariable(Vars.SECTIONS, json.json(content.sections()));
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
}
