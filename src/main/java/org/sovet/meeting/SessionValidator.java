package org.sovet.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sovet.common.InputRejectedException;
import org.springframework.stereotype.Component;

/** Server-side checks of attendance and of the session record, votes included. */
@Component
class SessionValidator {

    /** Largest audience count accepted: more is a typing slip, not a cluster's meeting. */
    private static final int MAX_AUDIENCE = 10_000;

    /**
     * At least one part of the attendance; the members by name or by number, not both (which to believe?). After an
     * attendance without a quorum the members are required: the audience alone would hold the session without one.
     */
    void checkAttendance(Attendance attendance, List<Guest> guests, Set<String> votingMembers, boolean quorumMissed) {
        List<String> problems = new ArrayList<>();
        for (String id : attendance.memberIds()) {
            if (!votingMembers.contains(id)) {
                problems.add("«" + id + "» не член Совета этого кластера: отметьте только членов Совета.");
            }
        }
        boolean audience = attendance.audience() != null && !attendance.audience().isBlank();
        if (!attendance.memberIds().isEmpty() && attendance.membersCount() != null) {
            problems.add("Отметьте присутствующих членов Совета поимённо или укажите их число, но не то и другое.");
        } else if (!attendance.membersRecorded() && !audience) {
            problems.add("Отметьте присутствующих членов Совета, укажите их число или напишите, кто присутствовал "
                    + "(например, «15 педагогов из 11 образовательных организаций»).");
        } else if (!attendance.membersRecorded() && quorumMissed) {
            problems.add("Кворума не было: отметьте присутствующих членов Совета поимённо или укажите их число — "
                    + "без них заседание, не набравшее кворума, не записывается.");
        }
        Integer count = attendance.membersCount();
        if (count != null && (count < 1 || count > votingMembers.size())) {
            problems.add("Членов Совета присутствовало: укажите число от 1 до " + votingMembers.size()
                    + " (столько членов в Совете), а указано " + count + ".");
        }
        Integer voters = attendance.audienceVoters();
        if (voters != null && (voters < 1 || voters > MAX_AUDIENCE)) {
            problems.add("Из присутствующих голосовали: укажите число от 1 до " + MAX_AUDIENCE + ", а указано " + voters + ".");
        }
        if (voters != null && !audience) {
            problems.add("Напишите, кто присутствовал (например, «15 педагогов из 11 образовательных организаций»): "
                    + "число голосовавших относится к ним.");
        }
        for (int i = 0; i < guests.size(); i++) {
            Guest g = guests.get(i);
            if (g.name() == null || g.name().isBlank()) problems.add("Приглашённый " + (i + 1) + ": укажите фамилию и инициалы.");
            tooLong(g.name(), 300, "Приглашённый " + (i + 1), problems);
            tooLong(g.position(), 300, "Приглашённый " + (i + 1) + ", должность", problems);
            tooLong(g.organization(), 300, "Приглашённый " + (i + 1) + ", организация", problems);
        }
        tooLong(attendance.audience(), 500, "Кто присутствовал", problems);
        reject(problems);
    }

    /** {@code couldVote}: the limit of each decision's counts ({@link Attendance#couldVote()}); null when unknown. */
    void checkSession(String opening, String closing, List<SessionItem> items, Integer couldVote, int agendaSize) {
        List<String> problems = new ArrayList<>();
        tooLong(opening, 8000, "Вступительная часть", problems);
        tooLong(closing, 8000, "Заключительная часть", problems);
        if (items.size() != agendaSize) {
            problems.add("Запишите каждый из " + agendaSize + " вопросов повестки (сейчас " + items.size() + ").");
        }
        for (int i = 0; i < items.size(); i++) {
            SessionItem item = items.get(i);
            String where = "Вопрос " + (i + 1);
            tooLong(item.heard(), 8000, where + ", «Слушали»", problems);
            tooLong(item.spoke(), 8000, where + ", «Выступили»", problems);
            for (int d = 0; d < item.decisions().size(); d++) {
                checkDecision(item.decisions().get(d), where + ", решение " + (d + 1), couldVote, problems);
            }
        }
        reject(problems);
    }

    /** One vote on all decisions: the counts as a decision's, and no decision with a vote of its own. */
    void checkJointVote(SessionItem.DecisionDraft joint, List<SessionItem> items, Integer couldVote) {
        if (joint == null) {
            return;
        }
        List<String> problems = new ArrayList<>();
        checkVotes(joint, "Общее голосование", couldVote, problems);
        if (!joint.isUnanimous() && !joint.hasCounts()) {
            problems.add("Общее голосование: отметьте «единогласно» или укажите число голосов.");
        }
        if (items.stream().allMatch(item -> item.decisions().isEmpty())) {
            problems.add("Общее голосование: запишите решения, за которые голосовали.");
        }
        for (int i = 0; i < items.size(); i++) {
            var decisions = items.get(i).decisions();
            for (int d = 0; d < decisions.size(); d++) {
                if (decisions.get(d).isUnanimous() || decisions.get(d).hasCounts()) {
                    problems.add("Вопрос " + (i + 1) + ", решение " + (d + 1)
                            + ": голосовали за все решения сразу — голоса у отдельного решения не указывайте.");
                }
            }
        }
        reject(problems);
    }

    private static void checkDecision(SessionItem.DecisionDraft d, String where, Integer couldVote, List<String> problems) {
        if (d.text() == null || d.text().isBlank()) problems.add(where + ": запишите текст решения.");
        tooLong(d.text(), 2000, where, problems);
        tooLong(d.owner(), 300, where + ", ответственный", problems);
        tooLong(d.due(), 100, where + ", срок", problems);
        if (d.kind() != null && !d.kind().equals("SIMPLE") && !d.kind().equals("QUALIFIED")) {
            problems.add(where + ": неизвестный вид большинства «" + d.kind() + "».");
        }
        checkVotes(d, where, couldVote, problems);
    }

    private static void checkVotes(SessionItem.DecisionDraft d, String where, Integer couldVote, List<String> problems) {
        if (d.isUnanimous() && d.hasCounts()) {
            problems.add(where + ": отметьте «единогласно» или укажите число голосов, но не то и другое.");
        } else if ((d.isUnanimous() || d.hasCounts()) && couldVote == null) {
            problems.add(where + ": при явке не указано, сколько присутствующих могли голосовать, — запишите решение "
                    + "без результата голосования.");
        } else if (d.hasCounts()) {
            int[] votes = d.votes(couldVote);
            if (votes[0] < 0 || votes[1] < 0 || votes[2] < 0) {
                problems.add(where + ": число голосов не может быть отрицательным.");
            } else if (votes[0] + votes[1] + votes[2] > couldVote) {
                problems.add(where + ": за, против и воздержались вместе — " + (votes[0] + votes[1] + votes[2])
                        + ", а голосовать могли " + couldVote + ".");
            }
        }
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
}
