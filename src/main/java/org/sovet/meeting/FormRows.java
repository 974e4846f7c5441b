package org.sovet.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.sovet.common.FormJson;
import org.springframework.stereotype.Component;

/**
 * The meeting forms' lists with people in them, read as the server will keep them: each pick from the
 * directory replaced by the directory's name, position and organization, and the agenda in the order
 * the secretary gave in «Порядок».
 */
@Component
class FormRows {

    static final String ORDER = "order";

    private final FormJson json;
    private final DirectoryPicks picks;

    FormRows(FormJson json, DirectoryPicks picks) {
        this.json = json;
        this.picks = picks;
    }

    List<AgendaEntry> agenda(VariableScope scope, String clusterId, String variable) {
        List<Map<String, Object>> rows = rows(scope, variable);
        for (int i = 0; i < rows.size(); i++) {
            picks.fill(rows.get(i), DirectoryPicks.SPEAKER, clusterId, "Вопрос " + (i + 1) + ", докладчик");
            List<Map<String, Object>> coSpeakers = nested(rows.get(i), "coSpeakers");
            for (int s = 0; s < coSpeakers.size(); s++) {
                picks.fill(coSpeakers.get(s), DirectoryPicks.PERSON_ROW, clusterId,
                        "Вопрос " + (i + 1) + ", докладчик " + (s + 2));
            }
        }
        return json.list(AgendaOrder.sorted(rows), AgendaEntry.class, variable);
    }

    List<Guest> guests(VariableScope scope, String clusterId, String variable) {
        List<Map<String, Object>> rows = rows(scope, variable);
        for (int i = 0; i < rows.size(); i++) {
            picks.fill(rows.get(i), DirectoryPicks.PERSON_ROW, clusterId, "Приглашённый " + (i + 1));
        }
        return json.list(rows, Guest.class, variable);
    }

    List<SessionItem> sessionItems(VariableScope scope, String clusterId, String variable) {
        List<Map<String, Object>> rows = rows(scope, variable);
        for (int i = 0; i < rows.size(); i++) {
            List<Map<String, Object>> decisions = nested(rows.get(i), "decisions");
            for (int d = 0; d < decisions.size(); d++) {
                picks.fill(decisions.get(d), DirectoryPicks.OWNER, clusterId,
                        "Вопрос " + (i + 1) + ", решение " + (d + 1) + ", ответственный");
            }
        }
        return json.list(rows, SessionItem.class, variable);
    }

    /** The list's rows as maps the picks may change, copies of what was submitted. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> rows(VariableScope scope, String variable) {
        List<Map<String, Object>> rows = new ArrayList<>();
        json.list(scope.getVariable(variable), Map.class, variable).forEach(row -> rows.add(new LinkedHashMap<>(row)));
        return rows;
    }

    /** A nested list of a row, replaced in the row by a copy the picks may change; a non-list is left to the reader to refuse. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Map<String, Object>> nested(Map<String, Object> row, String key) {
        if (!(row.get(key) instanceof List<?> list)) {
            return List.of();
        }
        List<Map<String, Object>> copies = new ArrayList<>();
        List<Object> replaced = new ArrayList<>();
        for (Object element : list) {
            if (element instanceof Map map) {
                Map<String, Object> copy = new LinkedHashMap<>(map);
                copies.add(copy);
                replaced.add(copy);
            } else {
                replaced.add(element);
            }
        }
        row.put(key, replaced);
        return copies;
    }

    /** Orders agenda rows by «Порядок»: a number given wins over a row's place, ties keep the form's order. */
    static final class AgendaOrder {

        private AgendaOrder() {}

        static List<Map<String, Object>> sorted(List<Map<String, Object>> rows) {
            record Ranked(Map<String, Object> row, int rank, boolean given, int index) {}
            List<Ranked> ranked = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Object order = rows.get(i).remove(ORDER);
                Integer given = order == null || order.toString().isBlank() ? null
                        : MeetingForms.wholeNumber(order, "Вопрос " + (i + 1) + ", «Порядок»: укажите целое число.");
                ranked.add(new Ranked(rows.get(i), given == null ? i + 1 : given, given != null, i));
            }
            return ranked.stream().sorted(Comparator.comparingInt(Ranked::rank)
                            .thenComparing(r -> !r.given()).thenComparingInt(Ranked::index))
                    .map(Ranked::row).toList();
        }
    }
}
