package org.sovet.protocol;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sovet.common.RussianDates;
import org.sovet.document.PdfRenderer;
import org.sovet.protocol.ProtocolView.Decision;
import org.sovet.protocol.ProtocolView.Item;
import org.sovet.protocol.ProtocolView.Participant;
import org.sovet.protocol.ProtocolView.Quorum;
import org.sovet.protocol.ProtocolView.Rule;
import org.sovet.protocol.ProtocolView.Signer;
import org.springframework.stereotype.Component;

/**
 * The protocol as the councils print it (the signed, archived copy). Also the single source of
 * the protocol's wording, which {@link ProtocolDocx} shares so both copies say the same.
 */
@Component
public class ProtocolPdf {

    private final PdfRenderer pdf;

    public ProtocolPdf(PdfRenderer pdf) {
        this.pdf = pdf;
    }

    public byte[] render(ProtocolView view) {
        // The template reaches the static wording below through this bean: ${words.vote(d)} reads better than T(...).
        return pdf.render("pdf/protocol", Map.of("p", view, "words", this));
    }

    /** «Протокол № 2 заседания Координационного Совета … от 28 января 2021 г.», the document's title. */
    public static String title(ProtocolView view) {
        return "Протокол № " + view.number() + " " + meeting(view) + " " + view.councilTitle() + " от " + date(view);
    }

    /** «заседания», or «заочного заседания» for a meeting in writing. */
    public static String meeting(ProtocolView view) {
        return view.written() ? "заочного заседания" : "заседания";
    }

    /** «18 декабря 2023 г.», as the heading of a protocol writes it. */
    public static String date(ProtocolView view) {
        return RussianDates.longDate(view.date()) + " г.";
    }

    /** «Голосовали:» for a meeting in writing, whose members voted without meeting. */
    public static String attendance(ProtocolView view) {
        return view.written() ? "Голосовали:" : "Присутствовали:";
    }

    /** «Жилина О.А. – директор, КОГОБУ СШ пгт Опарино, председатель Координационного Совета». */
    public static String participant(Participant person) {
        String details = joined(", ", person.position(), person.organization(), person.role());
        return details.isEmpty() ? person.name() : joined(" – ", person.name(), details);
    }

    /** «5 мин», or blank when the agenda sets no limit. */
    public static String minutes(Integer minutes) {
        return minutes == null ? "" : minutes + " мин";
    }

    /** What «Слушали» names: the question and who reported on it. */
    public static String heard(Item item) {
        return blank(item.speaker()) ? item.title() : item.title() + " (докладчик: " + item.speaker() + ")";
    }

    /** «Ответственный: опорная школа. Срок: апрель 2021 года.» as written, blank when the decision names neither. */
    public static String assignment(Decision decision) {
        return joined(" ", blank(decision.owner()) ? null : sentence("Ответственный: " + decision.owner().trim()),
                blank(decision.due()) ? null : sentence("Срок: " + decision.due().trim()));
    }

    /** Ends the text with one period: «И.И. Иванов.» is not written «И.И. Иванов..». */
    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    /**
     * «Результат голосования: за — 8, против — нет, воздержались — нет. Решение принято.», blank without counts; the
     * counts alone when no adoption was established (no quorum: the audience alone was recorded).
     */
    public static String vote(Decision decision) {
        if (decision.votesFor() == null) {
            return "";
        }
        String verdict = decision.adopted() == null ? "" : decision.adopted() ? " Решение принято." : " Решение не принято.";
        return "Результат голосования: " + counts(decision) + "." + verdict;
    }

    private static String counts(Decision decision) {
        return "за — " + count(decision.votesFor()) + ", против — " + count(decision.votesAgainst())
                + ", воздержались — " + count(decision.votesAbstain());
    }

    /** «Результат голосования: за — 8, против — нет, воздержались — нет.», once for all decisions voted together. */
    public static String jointVote(ProtocolView view) {
        Decision joint = view.jointVote();
        return joint == null ? "" : "Результат голосования: " + counts(joint) + ".";
    }

    /**
     * «Решения приняты простым большинством (правило …).» when every decision voted together was decided alike;
     * blank when they differ (each decision says its own) or when no adoption was established.
     */
    public static String jointAdoption(ProtocolView view) {
        Decision joint = view.jointVote();
        if (joint == null || joint.adopted() == null || view.decisions().stream().anyMatch(d -> !Objects.equals(d.adopted(), joint.adopted())
                || d.qualified() != joint.qualified() || !Objects.equals(d.rule(), joint.rule()))) {
            return "";
        }
        String outcome = joint.adopted() ? "Решения приняты" : "Решения не приняты";
        return joint.rule() == null ? outcome + "."
                : outcome + " " + majority(joint) + cited(joint.rule()) + ".";
    }

    /** The paragraphs of a text as typed, one per line; none for a blank text. */
    public static List<String> paragraphs(String text) {
        return blank(text) ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** «члены Координационного Совета — 7 человек» when the council recorded their number, not names; else blank. */
    public static String members(ProtocolView view) {
        Integer count = view.membersCount();
        if (count == null) {
            return "";
        }
        int lastTwo = count % 100;
        boolean few = count % 10 >= 2 && count % 10 <= 4 && (lastTwo < 12 || lastTwo > 14);
        return "члены Координационного Совета — " + count + (few ? " человека" : " человек");
    }

    /**
     * «Кворум имеется: присутствуют 5 из 7 членов Совета (правило «Есть ли кворум», версия 1).», in writing
     * «проголосовали»; blank when no quorum was decided.
     */
    public static String quorum(ProtocolView view) {
        Quorum quorum = view.quorum();
        if (quorum == null) {
            return "";
        }
        return (quorum.reached() ? "Кворум имеется: " : "Кворума нет: ") + (view.written() ? "проголосовали " : "присутствуют ")
                + quorum.present() + " из " + quorum.members() + " членов Совета" + cited(quorum.rule()) + ".";
    }

    /** «Принято простым большинством (правило «Принято ли решение», версия 1).», blank when no rule was evaluated. */
    public static String adoption(Decision decision) {
        if (decision.votesFor() == null || decision.rule() == null) {
            return "";
        }
        return (Boolean.TRUE.equals(decision.adopted()) ? "Принято " : "Не принято ")
                + majority(decision) + cited(decision.rule()) + ".";
    }

    private static String majority(Decision decision) {
        return decision.qualified() ? "квалифицированным большинством" : "простым большинством";
    }

    private static String cited(Rule rule) {
        return rule == null ? "" : " (правило «" + rule.name() + "», версия " + rule.version() + ")";
    }

    /**
     * «Приложение 1. Форма ежемесячного отчета на 2 л.»; a file not appended to the PDF adds its name and
     * SHA-256, so the protocol's own fingerprint covers it too.
     */
    public static String annex(ProtocolAnnex annex) {
        String line = annexTitle(annex);
        return annex.pdf() ? line : line + " Файл «" + annex.fileName() + "», SHA-256: " + annex.sha256() + ".";
    }

    /** «Приложение 1. Форма ежемесячного отчета на 2 л.», without the file's fingerprint: as a mail lists it. */
    public static String annexTitle(ProtocolAnnex annex) {
        return "Приложение " + annex.number() + ". " + annex.title() + " на " + annex.sheets() + " л.";
    }

    /** The date beside a signature; blank until signed, so it can be written in by hand. */
    public static String signedOn(Signer signer) {
        return RussianDates.shortDate(signer.signedOn());
    }

    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String count(Integer votes) {
        return votes == null || votes == 0 ? "нет" : String.valueOf(votes);
    }

    private static String joined(String separator, String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).filter(part -> !part.isBlank())
                .collect(Collectors.joining(separator));
    }
}
