package org.sovet.meeting;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One agenda item, proposed or approved: what, who speaks (a member by id, or a named guest
 * with position and organization, and any further speakers) and the time limit («регламент»);
 * speakers and limit only if the council gives them.
 *
 * @param materials what is attached, as the protocol will reference it («Приложение 1 …»)
 * @param coSpeakers the item's further speakers in order, after the first
 */
public record AgendaEntry(String title, String speakerId, String speakerName, String speakerPosition,
                          String speakerOrganization, Integer minutes, String materials, List<Speaker> coSpeakers) {

    public AgendaEntry {
        coSpeakers = coSpeakers == null ? List.of() : coSpeakers.stream().filter(s -> s != null).toList();
    }

    public AgendaEntry(String title, String speakerId, String speakerName, String speakerPosition,
                       String speakerOrganization, Integer minutes, String materials) {
        this(title, speakerId, speakerName, speakerPosition, speakerOrganization, minutes, materials, List.of());
    }

    /** The speakers' names as typed, «О.А.Жилина, Т.В.Боханова»; null when the item names none. */
    public String speakerNames() {
        String names = Stream.concat(Stream.of(speakerName),
                        coSpeakers.stream().map(Speaker::name))
                .filter(name -> name != null && !name.isBlank()).map(String::trim)
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? null : names;
    }

    /** A further speaker on an item: «Т.В.Боханова», «начальник», «РУО Опаринского района». */
    public record Speaker(String name, String position, String organization) {}
}
