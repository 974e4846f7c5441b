package org.sovet.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.sovet.common.Problems;
import org.sovet.meeting.MeetingProcess.Vars;
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
        Problems problems = new Problems();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (r.date() == null || r.startTime() == null) {
            problems.add(Vars.DATE, r.format() == MeetingFormat.IN_WRITING ? "Укажите дату заседания." : "Укажите дату и время заседания.");
        } else if (r.enteredAfterwards()) {
            checkHeld(r, zone, today, problems);
        } else if (!r.date().isAfter(today)) {
            problems.add(Vars.DATE, "Заседание можно назначить не раньше завтрашнего дня.");
        } else if (r.date().isAfter(today.plusYears(2))) {
            problems.add(Vars.DATE, "Заседание можно назначить не дальше чем на два года вперёд.");
        }
        if (r.durationMinutes() != null && (r.durationMinutes() < 15 || r.durationMinutes() > 8 * 60)) {
            problems.add(Vars.DURATION, "Продолжительность заседания — от 15 минут до 8 часов.");
        }
        if (r.format() == null) {
            problems.add(Vars.FORMAT, "Выберите формат заседания: очное, онлайн или заочное.");
        } else {
            // members go by the place or the link of a meeting to come; one already held is recorded with what its protocol says
            boolean toCome = !r.enteredAfterwards();
            switch (r.format()) {
                case IN_PERSON -> { if (toCome && blank(r.place())) problems.add(Vars.PLACE, "Для очного заседания укажите место проведения."); }
                case ONLINE -> {
                    if (toCome && blank(r.link()) || !blank(r.link()) && !LINK.matcher(r.link().trim()).matches()) {
                        problems.add(Vars.LINK, "Для онлайн-заседания укажите ссылку на видеоконференцию (начинается с https://).");
                    }
                }
                case IN_WRITING -> {
                    if (r.votingDeadline() == null) {
                        problems.add(Vars.VOTING_DEADLINE, "Для заочного голосования укажите срок, до которого члены Совета голосуют.");
                    } else if (r.date() != null && r.votingDeadline().isBefore(r.date())) {
                        problems.add(Vars.VOTING_DEADLINE, "Срок голосования не может быть раньше даты рассылки материалов.");
                    }
                }
            }
        }
        tooLong(r.theme(), MAX_THEME, "Тема", Vars.THEME, problems);
        tooLong(r.organizers(), MAX_THEME, "Организаторы", Vars.ORGANIZERS, problems);
        tooLong(r.place(), 500, "Место проведения", Vars.PLACE, problems);
        if (r.proposalDeadline() != null && r.date() != null && !r.enteredAfterwards()
                && (r.proposalDeadline().isBefore(today) || !r.proposalDeadline().isBefore(r.date()))) {
            problems.add(Vars.PROPOSAL_DEADLINE_FORM, "Срок приёма предложений в повестку — с сегодняшнего дня и раньше даты заседания.");
        }
        if (r.protocolNumber() != null && (r.protocolNumber() < 1 || r.protocolNumber() > 999)) {
            problems.add(Vars.PROTOCOL_NUMBER_FORM, "Номер протокола — целое число от 1 до 999.");
        }
        problems.reject();
    }

    /** Only a meeting entered afterwards lies in the past, and it was held in person or online. */
    private void checkHeld(MeetingRequest r, ZoneId zone, LocalDate today, Problems problems) {
        if (r.date().atTime(r.startTime()).atZone(zone).toInstant().isAfter(clock.instant())) {
            problems.add(Vars.DATE, "Проведённое заседание вносится с прошедшей датой и временем; будущее заседание назначьте без отметки «Заседание уже проведено».");
        } else if (r.date().isBefore(today.minusYears(2))) {
            problems.add(Vars.DATE, "Внести можно заседание, проведённое не раньше чем два года назад.");
        }
        if (r.format() == MeetingFormat.IN_WRITING) {
            problems.add(Vars.FORMAT, "Внести проведённым можно очное или онлайн-заседание: итоги заочного голосования на бумаге внесите как заседание с результатами голосования.");
        }
    }

    /** {@code list}: the form's list holding the entries row for row, null when its rows were filtered first. */
    void checkAgendaEntries(List<AgendaEntry> entries, String what, String list, boolean atLeastOne) {
        Problems problems = new Problems();
        if (atLeastOne && entries.isEmpty()) {
            problems.add(list, "Повестка пуста: добавьте хотя бы один вопрос.");
        }
        if (entries.size() > 30) {
            problems.add(list, "Вопросов не может быть больше 30.");
        }
        for (int i = 0; i < entries.size(); i++) {
            AgendaEntry e = entries.get(i);
            String row = what + " " + (i + 1);
            String at = list == null ? null : list + "[" + i + "].";
            if (blank(e.title())) problems.add(field(at, "title"), row + ": укажите вопрос.");
            tooLong(e.title(), MAX_TITLE, row + ", вопрос", field(at, "title"), problems);
            tooLong(e.speakerName(), 300, row + ", докладчик", field(at, "speakerName"), problems);
            tooLong(e.speakerPosition(), 300, row + ", должность", field(at, "speakerPosition"), problems);
            tooLong(e.speakerOrganization(), 300, row + ", организация", field(at, "speakerOrganization"), problems);
            tooLong(e.materials(), 2000, row + ", материалы", field(at, "materials"), problems);
            if (e.coSpeakers().size() > 10) {
                problems.add(field(at, "coSpeakers"), row + ": докладчиков не может быть больше 11.");
            }
            for (int s = 0; s < e.coSpeakers().size(); s++) {
                AgendaEntry.Speaker speaker = e.coSpeakers().get(s);
                String who = row + ", докладчик " + (s + 2);
                String speakerAt = at == null ? null : at + "coSpeakers[" + s + "].";
                if (blank(speaker.name())) problems.add(field(speakerAt, "name"), who + ": укажите фамилию и инициалы.");
                tooLong(speaker.name(), 300, who, field(speakerAt, "name"), problems);
                tooLong(speaker.position(), 300, who + ", должность", field(speakerAt, "position"), problems);
                tooLong(speaker.organization(), 300, who + ", организация", field(speakerAt, "organization"), problems);
            }
            if (e.minutes() != null && (e.minutes() < 1 || e.minutes() > MAX_MINUTES)) {
                problems.add(field(at, "minutes"), row + ": регламент — от 1 до " + MAX_MINUTES + " минут.");
            }
        }
        problems.reject();
    }

    /** A key of an agenda row (the keys of {@link AgendaEntry}), none when the row is not the form's. */
    private static String field(String row, String key) {
        return row == null ? null : row + key;
    }

    private static void tooLong(String text, int max, String label, String field, Problems problems) {
        if (text != null && text.length() > max) {
            problems.add(field, label + ": слишком длинный текст (" + text.length() + " знаков, допустимо " + max + ").");
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
