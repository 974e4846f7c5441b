package org.sovet.meeting;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.sovet.common.RussianDates;
import org.springframework.stereotype.Component;

/**
 * The card every meeting task form shows on top (the variable meetingCard, markdown for a form text):
 * written from the meeting record whenever the record's date, time or format changes. Display only:
 * no form declares it as a field, so nobody submits it.
 */
@Component
class MeetingCard {

    private static final Pattern MARKDOWN = Pattern.compile("([\\\\`*_\\[\\]<>#|~{}])");
    private static final Pattern LINK = Pattern.compile("https?://[^\\s()<>\\[\\]]+");

    private final MeetingService meetings;

    MeetingCard(MeetingService meetings) {
        this.meetings = meetings;
    }

    void show(VariableScope scope, Meeting meeting) {
        scope.setVariable(MeetingProcess.Vars.CARD, text(meeting, meetings.zone(meeting.clusterId())));
    }

    /** A quotation block of one line per fact; a fact the record lacks is left out, never printed empty. */
    static String text(Meeting meeting, ZoneId zone) {
        ZonedDateTime start = meeting.startsAt().atZone(zone);
        boolean written = meeting.format() == MeetingFormat.IN_WRITING;
        List<String> lines = new ArrayList<>();
        // a written meeting has no hour: its members vote by the deadline
        lines.add("**Заседание № " + meeting.protocolNumber() + "** · " + RussianDates.longDate(start.toLocalDate())
                + (written ? "" : ", " + hour(start)) + " · " + meeting.format().title());
        if (written && meeting.votingDeadline() != null) {
            ZonedDateTime deadline = meeting.votingDeadline().atZone(zone);
            lines.add("**Голосовать до:** " + RussianDates.longDate(deadline.toLocalDate()) + ", " + hour(deadline));
        }
        // members go by the place of a meeting in person; an online one's place (sent by hand) would mislead them
        if (meeting.place() != null && meeting.format() == MeetingFormat.IN_PERSON) {
            lines.add("**Место:** " + escaped(meeting.place()));
        }
        if (meeting.link() != null && !written) {
            // a link markdown cannot carry (brackets, spaces) is shown as text rather than broken
            lines.add("**Ссылка:** " + (LINK.matcher(meeting.link()).matches()
                    ? "[" + escaped(meeting.link()) + "](" + meeting.link() + ")" : escaped(meeting.link())));
        }
        if (meeting.theme() != null && !meeting.theme().isBlank()) {
            lines.add("**Тема:** " + escaped(meeting.theme()));
        }
        return "> " + String.join("  \n> ", lines);
    }

    private static String hour(ZonedDateTime at) {
        return String.format("%02d:%02d", at.getHour(), at.getMinute());
    }

    /** What the secretary typed reads as typed: no markdown of its own, on the card's one line. */
    private static String escaped(String text) {
        return MARKDOWN.matcher(text.strip().replaceAll("\\s+", " ")).replaceAll("\\\\$1");
    }
}
