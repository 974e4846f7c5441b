package org.sovet.meeting;

import java.util.ArrayList;
import java.util.List;

/**
 * The text a calendar shows under the meeting (.ics DESCRIPTION): its theme, the numbered agenda with
 * speakers and the absolute link to its materials, so a member on a phone has what the mail had.
 */
final class CalendarDescription {

    private CalendarDescription() {}

    static String of(Meeting meeting, List<AgendaEntry> agenda, String baseUrl) {
        List<String> lines = new ArrayList<>();
        if (meeting.theme() != null) {
            lines.add("Тема: " + meeting.theme());
        }
        if (!agenda.isEmpty()) {
            lines.add("Повестка:");
            for (int i = 0; i < agenda.size(); i++) {
                AgendaEntry item = agenda.get(i);
                String speakers = item.speakerNames();
                lines.add((i + 1) + ". " + item.title() + (speakers == null ? "" : " — " + speakers));
            }
        }
        lines.add("Материалы заседания: " + baseUrl + "/meetings/" + meeting.id() + "/materials");
        return String.join("\n", lines);
    }
}
