package org.sovet.notify;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

/** iCalendar invitations (RFC 5545 / iTIP) that common calendar programs open: request and cancel. */
@Component
public class MeetingCalendar {

    public static final String REQUEST_TYPE = "text/calendar; charset=UTF-8; method=REQUEST";
    public static final String CANCEL_TYPE = "text/calendar; charset=UTF-8; method=CANCEL";

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    public byte[] request(CalendarEvent event) {
        return write(event, Method.VALUE_REQUEST, Status.VALUE_CONFIRMED);
    }

    public byte[] cancel(CalendarEvent event) {
        return write(event, Method.VALUE_CANCEL, Status.VALUE_CANCELLED);
    }

    private byte[] write(CalendarEvent event, String method, String status) {
        VEvent vevent = new VEvent(event.start(), event.start().plus(event.duration()), event.summary());
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
                    .add(Role.REQ_PARTICIPANT).add(PartStat.NEEDS_ACTION).add(Rsvp.TRUE).add(new Cn(attendee.name())));
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
        try (StringWriter out = new StringWriter()) {
            new CalendarOutputter(false).output(calendar, out);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email);
    }
}
