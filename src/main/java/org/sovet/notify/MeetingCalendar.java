package org.sovet.notify;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

/** iCalendar invitations (RFC 5545 / iTIP) that common calendar programs open: request and cancel. */
@Component
public class MeetingCalendar {

    public static final String REQUEST_TYPE = "text/calendar; charset=UTF-8; method=REQUEST";
    public static final String CANCEL_TYPE = "text/calendar; charset=UTF-8; method=CANCEL";

    private static final int MAX_LINE_OCTETS = 75;

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    public byte[] request(CalendarEvent event) {
        return write(event, Method.VALUE_REQUEST, Status.VALUE_CONFIRMED);
    }

    public byte[] cancel(CalendarEvent event) {
        return write(event, Method.VALUE_CANCEL, Status.VALUE_CANCELLED);
    }

    private byte[] write(CalendarEvent event, String method, String status) {
        VEvent vevent = new VEvent();
        if (event.duration() == null) {
            vevent.add(new DtStart<>(event.start().toLocalDate()));
            vevent.add(new DtEnd<>(event.start().toLocalDate().plusDays(1)));
        } else {
            vevent.add(new DtStart<>(tzid(event.start()), event.start().toLocalDateTime()));
            vevent.add(new DtEnd<>(tzid(event.start()), event.start().plus(event.duration()).toLocalDateTime()));
        }
        vevent.add(new Summary(event.summary()));
        vevent.add(new Uid(event.uid()));
        vevent.add(new Sequence(event.sequence()));
        vevent.add(new Status(status));
        if (event.description() != null) {
            vevent.add(new Description(event.description()));
        }
        if (event.location() != null) {
            vevent.add(new Location(event.location()));
        }
        if (event.url() != null) {
            vevent.add(new Url(URI.create(event.url())));
        }
        vevent.add(new Organizer(mailto(event.organizerEmail())).add(new Cn(event.organizerName())));
        for (CalendarEvent.Attendee attendee : event.attendees()) {
            vevent.add(new Attendee(mailto(attendee.email()))
                    .add(Role.REQ_PARTICIPANT).add(partStat(attendee.coming())).add(Rsvp.TRUE).add(new Cn(attendee.name())));
        }
        if (Method.VALUE_REQUEST.equals(method)) {
            VAlarm alarm = new VAlarm(Duration.ofDays(-1));
            alarm.add(new Action(Action.VALUE_DISPLAY));
            alarm.add(new Description("Завтра заседание Координационного Совета"));
            vevent.add(alarm);
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Sovet//Совет кластера//RU"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(method));
        calendar.add(zones.getTimeZone(event.start().getZone().getId()).getVTimeZone());
        calendar.add(vevent);
        // Calendar.toString() is the unfolded text that CalendarOutputter would fold by characters.
        return fold(calendar.toString()).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The wall-clock time with its TZID. Given a ZonedDateTime, ical4j 4.2.5 re-derives the offset from
     * its bundled VTIMEZONE and gets Russian zones wrong, +04 instead of +03 since 2014 (ical4j issue
     * #903), which would move every meeting an hour later. The JDK's rules give the right wall clock.
     */
    private static ParameterList tzid(ZonedDateTime time) {
        return new ParameterList(List.of(new TzId(time.getZone().getId())));
    }

    /**
     * Folds content lines at 75 octets as RFC 5545 asks. CalendarOutputter counts characters, so its
     * Cyrillic lines grow to about 140 octets.
     */
    private static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() * 2);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); i += Character.charCount(line.codePointAt(i))) {
                int codePoint = line.codePointAt(i);
                int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
                if (octets + size > MAX_LINE_OCTETS) {
                    folded.append("\r\n ");
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
            }
            folded.append("\r\n");
        }
        return folded.toString();
    }

    /**
     * A member who answered by the mail's link is shown so; a calendar's own reply would go to the organizer's
     * mailbox, which Sovet does not read, so the links are where answers are counted.
     */
    private static PartStat partStat(Boolean coming) {
        return coming == null ? PartStat.NEEDS_ACTION : coming ? PartStat.ACCEPTED : PartStat.DECLINED;
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email);
    }
}
