package org.sovet.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the secretary types into the meeting forms: a three-item agenda and a session of ten decisions. */
final class CouncilForms {

    private CouncilForms() {
    }

    static List<Map<String, Object>> agenda(BenchCouncil council) {
        List<Map<String, Object>> agenda = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            agenda.add(item(council, "Вопрос " + i + " повестки"));
        }
        return agenda;
    }

    static Map<String, Object> item(BenchCouncil council, String title) {
        return Map.of("title", title, "speakerName", council.chairName(), "speakerPosition", "директор",
                "speakerOrganization", "Опорная школа", "minutes", 10);
    }

    /** Three items, ten decisions in all, each adopted by every member present; the first names an owner and a due date. */
    static List<Map<String, Object>> sessionItems(BenchCouncil council, LocalDate today) {
        int voters = council.voters().size();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<Map<String, Object>> decisions = new ArrayList<>();
            for (int d = 0; d < (i == 0 ? 4 : 3); d++) {
                Map<String, Object> decision = new HashMap<>(Map.of("text", "Решение " + (i + 1) + "." + (d + 1) + ": принять к сведению.",
                        "kind", "SIMPLE", "votesFor", voters, "votesAgainst", 0, "votesAbstain", 0));
                if (i == 0 && d == 0) {
                    decision.put("text", "Опорной школе составить график посещений Центра «Точка роста».");
                    decision.put("owner", "Опорная школа");
                    decision.put("due", "апрель " + (today.getYear() + 1) + " года");
                }
                decisions.add(decision);
            }
            items.add(Map.of("title", "Вопрос " + (i + 1) + " повестки", "speakerName", council.chairName(),
                    "heard", "Слушали доклад.", "decisions", decisions));
        }
        return items;
    }
}
