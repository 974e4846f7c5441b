package org.sovet.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.sovet.common.FormJson;
import org.sovet.common.InputRejectedException;
import org.sovet.common.RussianDates;
import org.springframework.stereotype.Component;

/** Reads the meeting forms' variables, whatever client submitted them, and writes lists as JSON. */
@Component
class MeetingForms {

    private final FormJson json;

    MeetingForms(FormJson json) {
        this.json = json;
    }

    void writeEntries(VariableScope scope, String variable, List<AgendaEntry> entries) {
        writeList(scope, variable, entries);
    }

    void writeList(VariableScope scope, String variable, List<?> values) {
        scope.setVariable(variable, json.json(values));
    }

    <T> List<T> list(VariableScope scope, String variable, Class<T> type) {
        return json.list(scope.getVariable(variable), type, variable);
    }

    List<String> strings(VariableScope scope, String variable) {
        return list(scope, variable, String.class);
    }

    MeetingRequest request(VariableScope s) {
        return new MeetingRequest(date(s, MeetingProcess.Vars.DATE, "дата заседания"), time(s, MeetingProcess.Vars.TIME),
                integer(s.getVariable(MeetingProcess.Vars.DURATION), "Продолжительность указывается в минутах, числом."), format(s.getVariable(MeetingProcess.Vars.FORMAT)),
                text(s, MeetingProcess.Vars.PLACE), text(s, MeetingProcess.Vars.LINK),
                date(s, MeetingProcess.Vars.VOTING_DEADLINE, "срок голосования"), text(s, MeetingProcess.Vars.THEME),
                text(s, MeetingProcess.Vars.ORGANIZERS), date(s, MeetingProcess.Vars.PROPOSAL_DEADLINE_FORM, "срок предложений"),
                integer(s.getVariable(MeetingProcess.Vars.PROTOCOL_NUMBER_FORM), "Номер протокола указывается целым числом."),
                Boolean.TRUE.equals(s.getVariable(MeetingProcess.Vars.ENTERED_AFTERWARDS)));
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    /** A whole number a form's number field gave, null when left empty; a fraction or text is refused, naming the field. */
    static Integer count(VariableScope scope, String name, String field) {
        return wholeNumber(scope.getVariable(name), field + ": укажите целое число.");
    }

    /** A whole number from a form's value, null when empty; a fraction or text is refused with {@code refusal}. */
    static Integer wholeNumber(Object value, String refusal) {
        if (value instanceof Number number && number.doubleValue() != Math.rint(number.doubleValue())) {
            throw new InputRejectedException(refusal);
        }
        return integer(value, refusal);
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

    /** The one vote on all decisions, as a decision draft without text; null unless the secretary chose it. */
    static SessionItem.DecisionDraft jointVote(VariableScope scope) {
        if (!Boolean.TRUE.equals(scope.getVariable(MeetingProcess.Vars.VOTE_TOGETHER))) {
            return null;
        }
        return new SessionItem.DecisionDraft(null, null, count(scope, MeetingProcess.Vars.TOGETHER_FOR, "Всего за"),
                count(scope, MeetingProcess.Vars.TOGETHER_AGAINST, "Всего против"),
                count(scope, MeetingProcess.Vars.TOGETHER_ABSTAIN, "Всего воздержались"), null, null,
                Boolean.TRUE.equals(scope.getVariable(MeetingProcess.Vars.TOGETHER_UNANIMOUS)));
    }

    private static Integer integer(Object value, String refusal) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return value == null || value.toString().isBlank() ? null : Integer.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new InputRejectedException(refusal);
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
