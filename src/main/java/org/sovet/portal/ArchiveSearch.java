package org.sovet.portal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.sovet.meeting.MeetingStatus;
import org.sovet.plan.PlanStatus;

/**
 * What the cluster page is asked for, as GET parameters so a search can be bookmarked: a year, a
 * text, and a status written as kind and code («plan:APPROVED», «meeting:SIGNED», «assignment:OVERDUE»).
 */
record ArchiveSearch(Integer year, String text, String status) {

    static final String PLAN = "plan";
    static final String MEETING = "meeting";
    static final String ASSIGNMENT = "assignment";

    static ArchiveSearch of(String year, String text, String status) {
        return new ArchiveSearch(year(year), blankToNull(text), blankToNull(status));
    }

    public boolean any() {
        return year != null || text != null || status != null;
    }

    /** Whether things of this kind can match: a status of another kind leaves them all out. */
    public boolean covers(String kind) {
        return status == null || status.startsWith(kind + ":");
    }

    boolean hasStatus(String kind, String code) {
        return status == null || status.equals(kind + ":" + code);
    }

    boolean inYear(int candidate) {
        return year == null || year == candidate;
    }

    /** Case and «ё» do not matter. */
    boolean mentionedIn(String... texts) {
        if (text == null) {
            return true;
        }
        String needle = normal(text);
        return Arrays.stream(texts).filter(Objects::nonNull).anyMatch(t -> normal(t).contains(needle));
    }

    /** The texts are read only when there is a text to look for. */
    boolean mentionedIn(Supplier<List<String>> texts) {
        return text == null || mentionedIn(texts.get().toArray(String[]::new));
    }

    /** The status select: one group per kind, in Russian. */
    static List<StatusGroup> statusGroups() {
        return List.of(
                new StatusGroup("Планы работы", Arrays.stream(PlanStatus.values())
                        .map(s -> new StatusOption(PLAN + ":" + s.name(), s.title())).toList()),
                new StatusGroup("Заседания", Arrays.stream(MeetingStatus.values())
                        .map(s -> new StatusOption(MEETING + ":" + s.name(), s.title())).toList()),
                new StatusGroup("Поручения", List.of(
                        new StatusOption(ASSIGNMENT + ":OPEN", "исполняется"),
                        new StatusOption(ASSIGNMENT + ":OVERDUE", "просрочено"),
                        new StatusOption(ASSIGNMENT + ":REPORTED", "отчёт на проверке"),
                        new StatusOption(ASSIGNMENT + ":DONE", "исполнено"),
                        new StatusOption(ASSIGNMENT + ":CANCELLED", "отменено"))));
    }

    record StatusGroup(String title, List<StatusOption> options) {}

    record StatusOption(String value, String title) {}

    private static Integer year(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
