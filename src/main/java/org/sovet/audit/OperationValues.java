package org.sovet.audit;

import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.sovet.config.SovetProperties;
import org.springframework.stereotype.Component;

/**
 * A property an operation changed, in Russian. Only properties that say who and when are shown;
 * variable values never are (a ballot is a variable, and ballots are private).
 */
@Component
class OperationValues {

    private final People people;
    private final ZoneId zone;

    OperationValues(People people, SovetProperties properties) {
        this.people = people;
        this.zone = properties.timeZone();
    }

    /** «исполнитель: Воронцов Андрей Николаевич», «срок: 30 апреля 2027, 18:00»; null for what is not shown. */
    String change(UserOperationLogEntry entry) {
        String property = entry.getProperty();
        String value = entry.getNewValue();
        if (property == null) {
            return null;
        }
        return switch (property) {
            case "assignee" -> value == null ? "исполнитель снят" : "исполнитель: " + people.name(value);
            case "owner" -> value == null ? "владелец снят" : "владелец: " + people.name(value);
            case "dueDate" -> value == null ? "срок снят" : "срок: " + moment(value);
            case "followUpDate" -> value == null ? "дата напоминания снята" : "напомнить: " + moment(value);
            case "priority" -> "приоритет: " + value;
            case "name" -> "переменная «" + value + "»";
            case "deleteReason", "reason", "annotation" -> value == null ? null : "причина: «" + value + "»";
            case "retries" -> "попыток: " + value;
            default -> null;
        };
    }

    /** The log keeps dates as milliseconds. */
    private String moment(String millis) {
        try {
            return When.format(Instant.ofEpochMilli(Long.parseLong(millis)), zone);
        } catch (NumberFormatException e) {
            return millis;
        }
    }
}
