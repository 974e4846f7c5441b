package org.sovet.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sovet.common.InputRejectedException;
import org.springframework.stereotype.Component;

/** Server-side checks of a meeting's scheduling and of agenda items. */
@Component
class MeetingValidator {

    static final int MAX_THEME = 1000;
    static final int MAX_TITLE = 1000;
    static final int MAX_MINUTES = 240;
    private static final Pattern LINK = Pattern.compile("https?://\\S{3,990}");

    private final Clock clock;

    MeetingValidator(Clock clock) {
        this.clock = clock;
    }

    void checkSchedule(MeetingRequest r, ZoneId zone) {
        List<String> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (r.date() == null || r.startTime() == null) {
            problems.add(r.format() == MeetingFormat.IN_WRITING ? "Укажите дату заседания." : "Укажите дату и время заседания.");
        } else if (r.enteredAfterwards()) {
            checkHeld(r, zone, today, problems);
        } else if (!r.date().isAfter(today)) {
            problems.add("Заседание можно назначить не раньше завтрашнего дня.");
        } else if (r.date().isAfter(today.plusYears(2))) {
            problems.add("Заседание можно назначить не дальше чем на два года вперёд.");
        }
        if (r.durationMinutes() != null && (r.durationMinutes() < 15 || r.durationMinutes() > 8 * 60)) {
            problems.add("Продолжительность заседания — от 15 минут до 8 часов.");
        }
        if (r.format() == null) {
            problems.add("Выберите формат заседания: очное, онлайн или заочное.");
        } else {
            // members go by the place or the link of a meeting to come; one already held is recorded with what its protocol says
            boolean toCome = !r.enteredAfterwards();
            switch (r.format()) {
                case IN_PERSON -> { if (toCome && blank(r.place())) problems.add("Для очного заседания укажите место проведения."); }
                case ONLINE -> {
                    if (toCome && blank(r.link()) || !blank(r.link()) && !LINK.matcher(r.link().trim()).matches()) {
                        problems.add("Для онлайн-заседания укажите ссылку на видеоконференцию (начинается с https://).");
                    }
                }
                case IN_WRITING -> {
                    if (r.votingDeadline() == null) {
                        problems.add("Для заочного голосования укажите срок, до которого члены Совета голосуют.");
                    } else if (r.date() != null && r.votingDeadline().isBefore(r.date())) {
                        problems.add("Срок голосования не может быть раньше даты рассылки материалов.");
                    }
                }
            }
        }
        tooLong(r.theme(), MAX_THEME, "Тема", problems);
        tooLong(r.organizers(), MAX_THEME, "Организаторы", problems);
        tooLong(r.place(), 500, "Место проведения", problems);
        if (r.proposalDeadline() != null && r.date() != null && !r.enteredAfterwards()
                && (r.proposalDeadline().isBefore(today) || !r.proposalDeadline().isBefore(r.date()))) {
            problems.add("Срок приёма предложений в повестку — с сегодняшнего дня и раньше даты заседания.");
        }
        if (r.protocolNumber() != null && (r.protocolNumber() < 1 || r.protocolNumber() > 999)) {
            problems.add("Номер протокола — целое число от 1 до 999.");
        }
        reject(problems);
    }

    /** Only a meeting entered afterwards lies in the past, and it was held in person or online. */
    private void checkHeld(MeetingRequest r, ZoneId zone, LocalDate today, List<String> problems) {
        if (r.date().atTime(r.startTime()).atZone(zone).toInstant().isAfter(clock.instant())) {
            problems.add("Проведённое заседание вносится с прошедшей датой и временем; будущее заседание назначьте без отметки «Заседание уже проведено».");
        } else if (r.date().isBefore(today.minusYears(2))) {
            problems.add("Внести можно заседание, проведённое не раньше чем два года назад.");
        }
        if (r.format() == MeetingFormat.IN_WRITING) {
            problems.add("Внести проведённым можно очное или онлайн-заседание: итоги заочного голосования на бумаге внесите как заседание с результатами голосования.");
        }
    }

    void checkAgendaEntries(List<AgendaEntry> entries, String what, boolean atLeastOne) {
        List<String> problems = new ArrayList<>();
        if (atLeastOne && entries.isEmpty()) {
            problems.add("Повестка пуста: добавьте хотя бы один вопрос.");
        }
        if (entries.size() > 30) {
            problems.add("Вопросов не может быть больше 30.");
        }
        for (int i = 0; i < entries.size(); i++) {
            AgendaEntry e = entries.get(i);
            String row = what + " " + (i + 1);
            if (blank(e.title())) problems.add(row + ": укажите вопрос.");
            tooLong(e.title(), MAX_TITLE, row + ", вопрос", problems);
            tooLong(e.speakerName(), 300, row + ", докладчик", problems);
            tooLong(e.speakerPosition(), 300, row + ", должность", problems);
            tooLong(e.speakerOrganization(), 300, row + ", организация", problems);
            tooLong(e.materials(), 2000, row + ", материалы", problems);
            if (e.coSpeakers().size() > 10) {
                problems.add(row + ": докладчиков не может быть больше 11.");
            }
            for (int s = 0; s < e.coSpeakers().size(); s++) {
                AgendaEntry.Speaker speaker = e.coSpeakers().get(s);
                String who = row + ", докладчик " + (s + 2);
                if (blank(speaker.name())) problems.add(who + ": укажите фамилию и инициалы.");
                tooLong(speaker.name(), 300, who, problems);
                tooLong(speaker.position(), 300, who + ", должность", problems);
                tooLong(speaker.organization(), 300, who + ", организация", problems);
            }
            if (e.minutes() != null && (e.minutes() < 1 || e.minutes() > MAX_MINUTES)) {
                problems.add(row + ": регламент — от 1 до " + MAX_MINUTES + " минут.");
            }
        }
        reject(problems);
    }

    private static void tooLong(String text, int max, String field, List<String> problems) {
        if (text != null && text.length() > max) {
            problems.add(field + ": слишком длинный текст (" + text.length() + " знаков, допустимо " + max + ").");
        }
    }

    private static void reject(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new InputRejectedException(problems);
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
