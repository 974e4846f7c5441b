package org.sovet.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

/** Invitations and cancellations as a calendar program reads them back. */
class MeetingCalendarTest {

    private static final ZonedDateTime START = ZonedDateTime.of(2023, 12, 18, 14, 0, 0, 0, ZoneId.of("Europe/Kirov"));

    private static final String AGENDA = "Повестка: об утверждении плана работы кластера на 2024 год; "
            + "о проведении муниципального этапа олимпиады; о распределении обязанностей между членами Совета — разное.";

    private final MeetingCalendar calendar = new MeetingCalendar();

    @Test
    void shouldInviteWithAnEventThatParsesBack() throws Exception {
        Calendar parsed = parse(calendar.request(meeting(0)));

        assertThat(value(parsed, Property.METHOD)).isEqualTo("REQUEST");
        assertThat(parsed.getComponent(Component.VTIMEZONE)).isPresent();
        VEvent event = parsed.<VEvent>getComponent(Component.VEVENT).orElseThrow();
        assertThat(value(event, Property.UID)).isEqualTo("meeting-4@sovet");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(startOf(event)).isEqualTo(START);
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Заседание Координационного Совета № 4");
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo(AGENDA);
        assertThat(value(event, Property.LOCATION)).isEqualTo("КОГОБУ СШ пгт Опарино, каб. 12");
        assertThat(value(event, Property.URL)).isEqualTo("https://telemost.yandex.ru/j/12345678901234");
        assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:sekretar@example.org");
        List<Attendee> attendees = event.getProperties(Property.ATTENDEE);
        assertThat(attendees).extracting(a -> a.getCalAddress().toString()).containsExactly(
                "mailto:belyaev@example.org", "mailto:petrova@example.org", "mailto:sidorov@example.org");
        assertThat(attendees.get(1).getParameter(Parameter.CN).map(Parameter::getValue))
                .contains("Петрова Ирина Петровна");
        VAlarm alarm = event.getAlarms().get(0);
        assertThat(value(alarm, Property.TRIGGER)).isEqualTo("-P1D");
        assertThat(value(alarm, Property.DESCRIPTION)).isEqualTo("Завтра заседание Координационного Совета");
    }

    @Test
    void shouldCancelTheSameEventWithTheNextSequence() throws Exception {
        Calendar parsed = parse(calendar.cancel(meeting(1)));

        assertThat(value(parsed, Property.METHOD)).isEqualTo("CANCEL");
        VEvent event = parsed.<VEvent>getComponent(Component.VEVENT).orElseThrow();
        assertThat(value(event, Property.UID)).isEqualTo("meeting-4@sovet");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(event.getAlarms()).isEmpty();
    }

    @Test
    void shouldWriteCrlfLinesOfAtMost75Octets() {
        String text = new String(calendar.request(meeting(0)), StandardCharsets.UTF_8);

        assertThat(text).endsWith("\r\n").contains("\r\n ");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r", "\n");
        assertThat(text.split("\r\n"))
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    }

    @Test
    void shouldKeepTheWallClockTimeOfAZoneThatLeftDaylightSavingTime() {
        String text = new String(calendar.request(meeting(0)), StandardCharsets.UTF_8);

        assertThat(text).contains("DTSTART;TZID=Europe/Kirov:20231218T140000\r\n",
                "DTEND;TZID=Europe/Kirov:20231218T160000\r\n", "TZID:Europe/Kirov\r\n");
    }

    @Test
    void shouldPutAWrittenVoteWithoutAnHourOnItsDayAsAWholeDayEvent() throws Exception {
        var written = meeting(0);
        written = new CalendarEvent(written.uid(), 0, START, null, "Заочное голосование Координационного Совета № 4",
                AGENDA, null, null, written.organizerName(), written.organizerEmail(), written.attendees());
        String text = new String(calendar.request(written), StandardCharsets.UTF_8);

        String vevent = text.substring(text.indexOf("BEGIN:VEVENT"));
        assertThat(vevent).contains("DTSTART;VALUE=DATE:20231218\r\n", "DTEND;VALUE=DATE:20231219\r\n")
                .doesNotContain("TZID=");
        assertThat(parse(calendar.request(written)).getComponent(Component.VEVENT)).isPresent();
    }

    /**
     * The start as a calendar program reads it: wall clock and TZID. ical4j's own ZonedDateTime here
     * carries a wrong offset for Russian zones (ical4j issue #903), so the test does not rely on it.
     */
    private static ZonedDateTime startOf(VEvent event) {
        DtStart<ZonedDateTime> start = event.getDateTimeStart();
        String zone = start.getParameter(Parameter.TZID).map(Parameter::getValue).orElseThrow();
        return start.getDate().toLocalDateTime().atZone(ZoneId.of(zone));
    }

    private static CalendarEvent meeting(int sequence) {
        return new CalendarEvent("meeting-4@sovet", sequence, START, Duration.ofHours(2),
                "Заседание Координационного Совета № 4",
                AGENDA,
                "КОГОБУ СШ пгт Опарино, каб. 12", "https://telemost.yandex.ru/j/12345678901234",
                "Смирнова Анна Викторовна", "sekretar@example.org",
                List.of(new CalendarEvent.Attendee("Беляев Сергей Иванович", "belyaev@example.org"),
                        new CalendarEvent.Attendee("Петрова Ирина Петровна", "petrova@example.org"),
                        new CalendarEvent.Attendee("Сидоров Николай Алексеевич", "sidorov@example.org")));
    }

    private static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
    }

    private static String value(PropertyContainer container, String name) {
        return container.getProperty(name).map(Property::getValue).orElseThrow();
    }
}
