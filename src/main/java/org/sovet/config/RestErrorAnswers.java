package org.sovet.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The Russian answer to an engine error a person can reach through /engine-rest or Tasklist's API,
 * in place of Camunda's English one. Another cluster's record answers exactly as an unknown id does.
 */
@Component
class RestErrorAnswers {

    static final String NOT_FOUND = "Не найдено.";
    /** Tasklist recognises a missing task by the engine's words and says «Задача больше не существует» itself. */
    static final String TASK_NOT_FOUND = NOT_FOUND + " (No matching task)";
    static final String ALREADY_DONE = "Задача уже выполнена: её завершил кто-то другой или вы в другой вкладке. Обновите список задач.";
    static final String CHANGED = "Данные изменились, пока вы работали: обновите страницу и повторите.";
    static final String FORBIDDEN = "Недостаточно прав для этого действия.";
    static final String MALFORMED = "Неверный формат запроса: тело запроса — не правильный JSON";
    /** Camunda's default policy, as accounts.PasswordRules words each rule; the engine names none of them. */
    static final String WEAK_PASSWORD = "Пароль не подходит: нужно не короче 10 символов, хотя бы одна строчная и одна заглавная"
            + " буква, цифра и знак вроде ! ? - _ # %, без имени, фамилии, имени пользователя и адреса почты. Пароль не изменён.";
    private static final String ENGINE_WEAK_PASSWORD = "Password does not match policy";

    private static final Pattern TASK = Pattern.compile(".*/task/[^/]+(/.*)?$");
    private static final Pattern COMPLETION = Pattern.compile(".*/task/([^/]+)/(complete|submit-form|resolve)$");
    private static final Pattern UNKNOWN_ID = Pattern.compile("Cannot find task with id|No task found for task id|doesn't exist");
    private static final Pattern JSON_LOCATION = Pattern.compile("line: (\\d+), column: (\\d+)");
    private static final int OPTIMISTIC_LOCKING = 1;

    private final FinishedTasks finishedTasks;
    private final ObjectMapper json = new ObjectMapper();

    RestErrorAnswers(FinishedTasks finishedTasks) {
        this.finishedTasks = finishedTasks;
    }

    record Answer(int status, String type, String message) {}

    Optional<Answer> translate(HttpServletRequest request, int status, byte[] body) {
        Optional<JsonNode> parsed = parse(body);
        JsonNode error = parsed.orElseGet(json::createObjectNode);
        String message = error.path("message").asText("");
        String type = error.path("type").asText("");
        if (status == 400 && (parsed.isEmpty() || message.isBlank() || type.startsWith("Json"))) {
            // Jackson's own text, or Camunda's handler of Jackson's exceptions with an empty message
            return answer(400, "InvalidRequestException", malformed(new String(body, StandardCharsets.UTF_8)));
        }
        boolean concurrent = error.path("code").asInt(0) == OPTIMISTIC_LOCKING;
        boolean missingTask = UNKNOWN_ID.matcher(message).find();
        Matcher completion = COMPLETION.matcher(request.getRequestURI());
        // whatever broke a completion (a stale revision, a vanished task, its permissions deleted with it,
        // a duplicate row of the same form), if the task is completed now, someone else completed it meanwhile
        if (completion.matches() && (status >= 500 || status == 403 || missingTask)
                && finishedTasks.completedInCallersCluster(request, completion.group(1))) {
            return answer(409, "TaskAlreadyCompleted", ALREADY_DONE);
        }
        if (message.contains("because it belongs to no authenticated tenant") || missingTask || status == 404) {
            return answer(404, "InvalidRequestException",
                    TASK.matcher(request.getRequestURI()).matches() ? TASK_NOT_FOUND : NOT_FOUND);
        }
        if (message.equals(ENGINE_WEAK_PASSWORD)) {
            return answer(400, "InvalidRequestException", WEAK_PASSWORD);
        }
        if (concurrent) {
            return answer(409, "OptimisticLockingException", CHANGED);
        }
        if (status == 403) {
            return answer(403, type, message.isBlank() ? FORBIDDEN : FORBIDDEN + " " + message);
        }
        return Optional.empty();
    }

    /** Where the JSON broke, in the person's words: «(строка 1, столбец 34)». */
    private static String malformed(String detail) {
        Matcher location = JSON_LOCATION.matcher(detail);
        return location.find() ? MALFORMED + " (строка " + location.group(1) + ", столбец " + location.group(2) + ")." : MALFORMED + ".";
    }

    private Optional<JsonNode> parse(byte[] body) {
        try {
            return body.length == 0 ? Optional.empty() : Optional.ofNullable(json.readTree(body)).filter(JsonNode::isObject);
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    private static Optional<Answer> answer(int status, String type, String message) {
        return Optional.of(new Answer(status, type, message));
    }
}
