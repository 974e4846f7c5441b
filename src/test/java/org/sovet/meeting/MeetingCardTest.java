package org.sovet.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The card on top of every meeting task form says what the meeting record says, and nothing it lacks. */
class MeetingCardTest {

    private static final ZoneId KIROV = ZoneId.of("Europe/Kirov");

    @Test
    void shouldShowNumberDateTimeFormatPlaceAndTheme() {
        String card = MeetingCard.text(meeting(MeetingFormat.IN_PERSON, "КОГОБУ СШ пгт Подосиновец, актовый зал", null,
                "Итоги работы кластера за полугодие"), KIROV);

        assertThat(card).isEqualTo("> **Заседание № 2** · 18 декабря 2026, 15:00 · очное  \n"
                + "> **Место:** КОГОБУ СШ пгт Подосиновец, актовый зал  \n"
                + "> **Тема:** Итоги работы кластера за полугодие");
    }

    @Test
    void shouldLeaveOutAThemeTheMeetingHasNotAndLinkTheVideoConference() {
        String card = MeetingCard.text(meeting(MeetingFormat.ONLINE, null, "https://meet.example.org/sovet", "  "), KIROV);

        assertThat(card).contains("онлайн", "**Ссылка:** [https://meet.example.org/sovet](https://meet.example.org/sovet)")
                .doesNotContain("Тема", "Место");
    }

    @Test
    void shouldGiveAWrittenMeetingItsVotingDeadlineAndNoHour() {
        Meeting written = new Meeting(1, "podosinovets", null, "2026", 2, LocalDate.of(2026, 12, 18).atStartOfDay(KIROV).toInstant(),
                120, MeetingFormat.IN_WRITING, null, null, LocalDate.of(2026, 12, 25).atTime(18, 0).atZone(KIROV).toInstant(),
                null, null, null, MeetingStatus.INVITED, 0, "p", "kolesnikova", null);

        assertThat(MeetingCard.text(written, KIROV)).isEqualTo("> **Заседание № 2** · 18 декабря 2026 · заочное  \n"
                + "> **Голосовать до:** 25 декабря 2026, 18:00");
    }

    @Test
    void shouldShowWhatTheSecretaryTypedAsTypedNotAsMarkdown() {
        String card = MeetingCard.text(meeting(MeetingFormat.IN_PERSON, "Каб. [12]", null, "О *новом* плане\n# 2027"), KIROV);

        assertThat(card).contains("**Место:** Каб. \\[12\\]", "**Тема:** О \\*новом\\* плане \\# 2027");
    }

    @Test
    void shouldShowALinkMarkdownCannotCarryAsPlainText() {
        String card = MeetingCard.text(meeting(MeetingFormat.ONLINE, null, "https://meet.example.org/room(2)", null), KIROV);

        assertThat(card).endsWith("**Ссылка:** https://meet.example.org/room(2)");
    }

    private static Meeting meeting(MeetingFormat format, String place, String link, String theme) {
        return new Meeting(1, "podosinovets", null, "2026", 2, LocalDate.of(2026, 12, 18).atTime(15, 0).atZone(KIROV).toInstant(),
                120, format, place, link, null, theme, null, null, MeetingStatus.INVITED, 0, "p", "kolesnikova", null);
    }
}
