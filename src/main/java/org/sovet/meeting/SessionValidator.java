package org.sovet.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sovet.common.InputRejectedException;
import org.springframework.stereotype.Component;

/** Server-side checks of attendance and of the session record, votes included. */
@Component
class SessionValidator {

    void checkAttendance(List<String> present, List<Guest> guests, String note, Set<String> votingMembers) {
        List<String> problems = new ArrayList<>();
        for (String id : present) {
            if (!votingMembers.contains(id)) {
                problems.add("«" + id + "» не член Совета этого кластера: отметьте только членов Совета.");
            }
        }
        for (int i = 0; i < guests.size(); i++) {
            Guest g = guests.get(i);
            if (g.name() == null || g.name().isBlank()) problems.add("Приглашённый " + (i + 1) + ": укажите фамилию и инициалы.");
            tooLong(g.name(), 300, "Приглашённый " + (i + 1), problems);
            tooLong(g.position(), 300, "Приглашённый " + (i + 1) + ", должность", problems);
            tooLong(g.organization(), 300, "Приглашённый " + (i + 1) + ", организация", problems);
        }
        tooLong(note, 500, "Численность присутствующих", problems);
        reject(problems);
    }

    void checkSession(String opening, String closing, List<SessionItem> items, int presentVoting, int agendaSize) {
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
                checkDecision(item.decisions().get(d), where + ", решение " + (d + 1), presentVoting, problems);
            }
        }
        reject(problems);
    }

    /** One vote on all decisions: the counts as a decision's, and no decision with a vote of its own. */
    void checkJointVote(SessionItem.DecisionDraft joint, List<SessionItem> items, int presentVoting) {
        if (joint == null) {
            return;
        }
        List<String> problems = new ArrayList<>();
        checkVotes(joint, "Общее голосование", presentVoting, problems);
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

    private static void checkDecision(SessionItem.DecisionDraft d, String where, int presentVoting, List<String> problems) {
        if (d.text() == null || d.text().isBlank()) problems.add(where + ": запишите текст решения.");
        tooLong(d.text(), 2000, where, problems);
        tooLong(d.owner(), 300, where + ", ответственный", problems);
        tooLong(d.due(), 100, where + ", срок", problems);
        if (d.kind() != null && !d.kind().equals("SIMPLE") && !d.kind().equals("QUALIFIED")) {
            problems.add(where + ": неизвестный вид большинства «" + d.kind() + "».");
        }
        checkVotes(d, where, presentVoting, problems);
    }

    private static void checkVotes(SessionItem.DecisionDraft d, String where, int presentVoting, List<String> problems) {
        if (d.isUnanimous() && d.hasCounts()) {
            problems.add(where + ": отметьте «единогласно» или укажите число голосов, но не то и другое.");
        } else if (d.hasCounts()) {
            int[] votes = d.votes(presentVoting);
            if (votes[0] < 0 || votes[1] < 0 || votes[2] < 0) {
                problems.add(where + ": число голосов не может быть отрицательным.");
            } else if (votes[0] + votes[1] + votes[2] > presentVoting) {
                problems.add(where + ": голосов (" + (votes[0] + votes[1] + votes[2])
                        + ") больше, чем присутствует членов Совета с правом голоса (" + presentVoting + ").");
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
