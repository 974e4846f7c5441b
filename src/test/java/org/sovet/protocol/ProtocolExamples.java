package org.sovet.protocol;

import java.time.LocalDate;
import java.util.List;
import org.sovet.protocol.ProtocolView.Decision;
import org.sovet.protocol.ProtocolView.Item;
import org.sovet.protocol.ProtocolView.Participant;
import org.sovet.protocol.ProtocolView.Signer;

/** Real protocols from the seeds, as the system would assemble them. */
public final class ProtocolExamples {

    private static final String CHAIR_ROLE = "председатель Координационного Совета";
    private static final String MEMBER_ROLE = "член Координационного Совета";

    private ProtocolExamples() {}

    /** Oparino cluster, protocol № 2 of 28.01.2021 (seed 001), signed by the chair only so far. */
    public static ProtocolView oparino() {
        return new ProtocolView("Координационного Совета Опаринского образовательного кластера", "2020-2021 учебный год",
                2, LocalDate.of(2021, 1, 28), "онлайн", false, null, null,
                "Итоги работы кластера за 2020 год и основные направления работы на 2021 год",
                "КОГОБУ СШ пгт Опарино (опорная школа), РУО Опаринского района",
                oparinoCouncil(), null, null, List.of(), null,
                "Заседание открыла председатель Координационного Совета О.А.Жилина, обозначила повестку заседания.",
                oparinoAgenda(), false,
                "Председатель подвела итоги заседания; следующее заседание Совета запланировано на апрель 2021 года.",
                List.of(), List.of(new Signer("Председатель Опаринского образовательного кластера", "директор КОГОБУ СШ пгт Опарино",
                                "О.А. Жилина", LocalDate.of(2021, 1, 28)),
                        new Signer("Секретарь Координационного Совета", "методист КОГОБУ СШ пгт Опарино",
                                "Н.В. Быкова", null)),
                false);
    }

    /** The same protocol before signing, with a guest, an attendance count and a video link. */
    public static ProtocolView oparinoDraft() {
        ProtocolView signed = oparino();
        return new ProtocolView(signed.councilTitle(), signed.period(), signed.number(), signed.date(), signed.format(), signed.written(),
                null, "https://meet.example.org/oparino-2", signed.theme(), signed.organizers(), signed.attendees(), null,
                "8 членов Координационного Совета из 8 образовательных организаций",
                List.of(new Participant("Попова А.С.", "библиотекарь", "Опаринская центральная библиотека", null)),
                signed.quorum(), signed.opening(), signed.agenda(), signed.decisionsAsList(), signed.closing(),
                signed.annexes(), signed.signers().stream().map(s -> new Signer(s.roleTitle(), s.position(), s.name(), null)).toList(),
                true);
    }

    /** The same protocol of a council that records its members present as a number, not by name. */
    public static ProtocolView oparinoWithoutNames(int members) {
        ProtocolView signed = oparino();
        return new ProtocolView(signed.councilTitle(), signed.period(), signed.number(), signed.date(), signed.format(), signed.written(),
                signed.place(), signed.link(), signed.theme(), signed.organizers(), List.of(), members, null, signed.guests(),
                signed.quorum(), signed.opening(), signed.agenda(), signed.decisionsAsList(), signed.closing(), signed.annexes(),
                signed.signers(), signed.draft());
    }

    private static List<Participant> oparinoCouncil() {
        return List.of(
                new Participant("Боханова Т.В.", "начальник", "РУО Опаринского района", MEMBER_ROLE),
                new Participant("Быстрова Д.К.", "методист", "МКУ ИМЦ", MEMBER_ROLE),
                new Participant("Жилина О.А.", "директор", "КОГОБУ СШ пгт Опарино", CHAIR_ROLE),
                new Participant("Герус М.Я.", "директор", "МКОУ СОШ п. Маромица", MEMBER_ROLE),
                new Participant("Куншин Д.В.", "директор", "МКОУ СОШ п. Заря", MEMBER_ROLE),
                new Participant("Мешковская Е.А.", "директор", "МКОУ СОШ п. Речной", MEMBER_ROLE),
                new Participant("Эхте Н.Г.", "директор", "МКОУ СОШ п. Вазюк", MEMBER_ROLE),
                new Participant("Котельникова И.Н.", "директор", "МКОУ ООШ д. Стрельская", MEMBER_ROLE));
    }

    private static List<Item> oparinoAgenda() {
        return List.of(
                new Item(1, "Анализ работы кластера за 2020 год. Основные направления работы кластера на 2021 год.",
                        "О.А.Жилина, Т.В.Боханова", 10, "Приложение 1. Форма ежемесячного отчета",
                        "О.А.Жилина подвела итоги работы кластера за 2020 год, Т.В.Боханова назвала основные направления работы на 2021 год.",
                        null,
                        List.of(adopted("Утвердить план работы на второе полугодие 2020-2021 учебного года.", null, null),
                                adopted("Утвердить ежемесячную форму отчета участия школ в мероприятиях кластера (Приложение 1).",
                                        null, null))),
                new Item(2, "Организация работы сетевого профильного (педагогического) класса.", "О.А.Жилина", 5, null,
                        null, "Герус М.Я., Куншин Д.В.",
                        List.of(adopted("Контролировать посещаемость обучающимися педагогического класса занятий в дистанционной форме.",
                                null, null))),
                new Item(3, "«Восстановительные технологии в школе. Школьные службы медиации»", "О.А.Жилина", 5, null, null,
                        null,
                        List.of(adopted("Организовать методическую подготовку педагогов района по медиативным технологиям "
                                + "(дистанционные курсы через ИРО).", null, null))),
                new Item(4, "Новые возможности опорной школы. Создание современной цифровой образовательной среды. "
                        + "Центр «Точка роста»", "О.А.Жилина", 10, "Приложение 2. График посещений", null, null,
                        List.of(adopted("Опорной школе составить график посещений обучающимися муниципальных школ "
                                        + "Центра «Точка роста» (1 раз в месяц) (Приложение 2).", "Опорная школа", null),
                                adopted("Организовать повторные курсы для педагогов информатики и ИКТ, обучающихся с целью "
                                        + "изучения новых компьютерных программ по 3-D моделированию.",
                                        "Опорная школа", "апрель 2021 года"))));
    }

    private static Decision adopted(String text, String owner, String due) {
        return new Decision(text, 8, 0, 0, true, owner, due, false, null, false);
    }
}
