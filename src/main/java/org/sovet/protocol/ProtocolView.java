package org.sovet.protocol;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a council protocol prints, in the order of the real protocols: header, theme and
 * organizers, who attended, the agenda with speakers and time limits, what was heard per item,
 * the decisions with their vote results, the annexes, and the signature block.
 *
 * @param councilTitle «Координационного Совета Опаринского образовательного кластера»
 * @param period the academic year printed at the top when the council numbers by it: «2020-2021 учебный год»
 * @param format «очное», «онлайн» or «заочное»
 * @param written a meeting in writing: «заочного заседания», those who voted instead of those present, no session
 * @param attendees the council members present by name («Присутствовали:»), in writing those who voted
 * @param membersCount the council members present as a number, when the council listed no names; else null
 * @param audience the wider audience as recorded: «15 педагогов из 11 образовательных организаций»
 * @param quorum the quorum as decided, null when none was: only the audience was recorded, so no quorum was established
 *     and none is claimed
 * @param decisionsAsList the decisions as one numbered list after the items («Решение Координационного Совета:»)
 *     instead of «Решили» under each item
 * @param annexes the annexes listed before the signatures, none for a protocol without
 */
public record ProtocolView(
        String councilTitle,
        String period,
        int number,
        LocalDate date,
        String format,
        boolean written,
        String place,
        String link,
        String theme,
        String organizers,
        List<Participant> attendees,
        Integer membersCount,
        String audience,
        List<Participant> guests,
        Quorum quorum,
        String opening,
        List<Item> agenda,
        boolean decisionsAsList,
        String closing,
        List<ProtocolAnnex> annexes,
        List<Signer> signers,
        boolean draft) {

    /** Whether any agenda item has a time limit: the agenda shows the «Регламент» column only then. */
    public boolean timed() {
        return agenda.stream().anyMatch(item -> item.minutes() != null);
    }

    /** Every decision in agenda order, for a protocol that lists them as one. */
    public List<Decision> decisions() {
        return agenda.stream().flatMap(item -> item.decisions().stream()).toList();
    }

    /** The one vote on all decisions («Результат голосования» after them), if the council voted so. */
    public Decision jointVote() {
        List<Decision> all = decisions();
        return !all.isEmpty() && all.stream().allMatch(Decision::together) ? all.get(0) : null;
    }

    /** Whether an item prints its «Слушали» block: an item nothing was recorded for is only in the agenda. */
    public boolean recorded(Item item) {
        return !ProtocolPdf.blank(item.heard()) || !ProtocolPdf.blank(item.spoke()) || !item.decisions().isEmpty();
    }

    /** A person present: «Жилина О.А., директор КОГОБУ СШ пгт Опарино, председатель Координационного Совета». */
    public record Participant(String name, String position, String organization, String role) {}

    /** A council rule as cited: «правило «Есть ли кворум», версия 1». */
    public record Rule(String name, int version) {}

    /** Voting members present (in writing: who voted) of the council's voting members, by the rule evaluated. */
    public record Quorum(int present, int members, boolean reached, Rule rule) {}

    /** One agenda item with its narrative («Слушали», «Выступили») and decisions («Решили»). */
    public record Item(int number, String title, String speaker, Integer minutes, String materials, String heard,
                       String spoke, List<Decision> decisions) {}

    /**
     * A decision and its vote. Counts of zero print as «нет», as councils write them; counts are null
     * when the decision was recorded without a vote count, and then no vote line prints.
     *
     * @param owner who must carry it out, if the decision names someone («Опорной школе»)
     * @param due the deadline as written («апрель 2021 года»)
     * @param qualified adopted by a qualified majority rather than a simple one
     * @param adopted null when the record established no adoption (no quorum was: only the audience was recorded); the
     *     counts then print without «Решение принято»
     * @param rule the adoption rule evaluated on the counts; null when none was, and then no adoption line prints
     * @param together the counts are those of one vote on all the meeting's decisions, printed once after them
     */
    public record Decision(String text, Integer votesFor, Integer votesAgainst, Integer votesAbstain, Boolean adopted,
                           String owner, String due, boolean qualified, Rule rule, boolean together) {}

    /** A signature line: «Председатель Координационного Совета ______ О.А. Жилина 28.01.2021». */
    public record Signer(String roleTitle, String position, String name, LocalDate signedOn) {}
}
