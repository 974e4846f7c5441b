package org.sovet.meeting;

import java.util.List;
import java.util.Set;
import org.sovet.common.Problems;
import org.sovet.meeting.MeetingProcess.Vars;
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
        Problems problems = new Problems();
        for (String id : attendance.memberIds()) {
            if (!votingMembers.contains(id)) {
                problems.add(Vars.PRESENT, "«" + id + "» не член Совета этого кластера: отметьте только членов Совета.");
            }
        }
        boolean audience = attendance.audience() != null && !attendance.audience().isBlank();
        if (!attendance.memberIds().isEmpty() && attendance.membersCount() != null) {
            problems.add(Vars.MEMBERS_COUNT, "Отметьте присутствующих членов Совета поимённо или укажите их число, но не то и другое.");
        } else if (!attendance.membersRecorded() && !audience) {
            problems.add(Vars.PRESENT, "Отметьте присутствующих членов Совета, укажите их число или напишите, кто присутствовал "
                    + "(например, «15 педагогов из 11 образовательных организаций»).");
        } else if (!attendance.membersRecorded() && quorumMissed) {
            problems.add(Vars.PRESENT, "Кворума не было: отметьте присутствующих членов Совета поимённо или укажите их число — "
                    + "без них заседание, не набравшее кворума, не записывается.");
        }
        Integer count = attendance.membersCount();
        if (count != null && (count < 1 || count > votingMembers.size())) {
            problems.add(Vars.MEMBERS_COUNT, "Членов Совета присутствовало: укажите число от 1 до " + votingMembers.size()
                    + " (столько членов в Совете), а указано " + count + ".");
        }
        Integer voters = attendance.audienceVoters();
        if (voters != null && (voters < 1 || voters > MAX_AUDIENCE)) {
            problems.add(Vars.AUDIENCE_VOTERS, "Из присутствующих голосовали: укажите число от 1 до " + MAX_AUDIENCE + ", а указано " + voters + ".");
        }
        if (voters != null && !audience) {
            problems.add(Vars.ATTENDANCE_NOTE, "Напишите, кто присутствовал (например, «15 педагогов из 11 образовательных организаций»): "
                    + "число голосовавших относится к ним.");
        }
        for (int i = 0; i < guests.size(); i++) {
            Guest g = guests.get(i);
            String row = Vars.GUESTS + "[" + i + "].";
            if (g.name() == null || g.name().isBlank()) problems.add(row + "name", "Приглашённый " + (i + 1) + ": укажите фамилию и инициалы.");
            tooLong(g.name(), 300, "Приглашённый " + (i + 1), row + "name", problems);
            tooLong(g.position(), 300, "Приглашённый " + (i + 1) + ", должность", row + "position", problems);
            tooLong(g.organization(), 300, "Приглашённый " + (i + 1) + ", организация", row + "organization", problems);
        }
        tooLong(attendance.audience(), 500, "Кто присутствовал", Vars.ATTENDANCE_NOTE, problems);
        problems.reject();
    }

    /** {@code couldVote}: the limit of each decision's counts ({@link Attendance#couldVote()}); null when unknown. */
    void checkSession(String opening, String closing, List<SessionItem> items, Integer couldVote, int agendaSize) {
        Problems problems = new Problems();
        tooLong(opening, 8000, "Вступительная часть", Vars.OPENING, problems);
        tooLong(closing, 8000, "Заключительная часть", Vars.CLOSING, problems);
        if (items.size() != agendaSize) {
            problems.add(Vars.SESSION_ITEMS, "Запишите каждый из " + agendaSize + " вопросов повестки (сейчас " + items.size() + ").");
        }
        for (int i = 0; i < items.size(); i++) {
            SessionItem item = items.get(i);
            String where = "Вопрос " + (i + 1);
            tooLong(item.heard(), 8000, where + ", «Слушали»", VoteFields.item(i, "heard"), problems);
            tooLong(item.spoke(), 8000, where + ", «Выступили»", VoteFields.item(i, "spoke"), problems);
            for (int d = 0; d < item.decisions().size(); d++) {
                checkDecision(item.decisions().get(d), where + ", решение " + (d + 1), i, d, couldVote, problems);
            }
        }
        problems.reject();
    }

    /** One vote on all decisions: the counts as a decision's, and no decision with a vote of its own. */
    void checkJointVote(SessionItem.DecisionDraft joint, List<SessionItem> items, Integer couldVote) {
        if (joint == null) {
            return;
        }
        Problems problems = new Problems();
        checkVotes(joint, "Общее голосование", VoteFields.JOINT, couldVote, problems);
        if (!joint.isUnanimous() && !joint.hasCounts()) {
            problems.add(Vars.TOGETHER_FOR, "Общее голосование: отметьте «единогласно» или укажите число голосов.");
        }
        if (items.stream().allMatch(item -> item.decisions().isEmpty())) {
            problems.add(Vars.VOTE_TOGETHER, "Общее голосование: запишите решения, за которые голосовали.");
        }
        for (int i = 0; i < items.size(); i++) {
            var decisions = items.get(i).decisions();
            for (int d = 0; d < decisions.size(); d++) {
                if (decisions.get(d).isUnanimous() || decisions.get(d).hasCounts()) {
                    problems.add(VoteFields.ofDecision(i, d).votesFor(), "Вопрос " + (i + 1) + ", решение " + (d + 1)
                            + ": голосовали за все решения сразу — голоса у отдельного решения не указывайте.");
                }
            }
        }
        problems.reject();
    }

    private static void checkDecision(SessionItem.DecisionDraft d, String where, int item, int decision, Integer couldVote,
                                      Problems problems) {
        if (d.text() == null || d.text().isBlank()) problems.add(VoteFields.decision(item, decision, "text"), where + ": запишите текст решения.");
        tooLong(d.text(), 2000, where, VoteFields.decision(item, decision, "text"), problems);
        tooLong(d.owner(), 300, where + ", ответственный", VoteFields.decision(item, decision, "owner"), problems);
        tooLong(d.due(), 100, where + ", срок", VoteFields.decision(item, decision, "due"), problems);
        if (d.kind() != null && !d.kind().equals("SIMPLE") && !d.kind().equals("QUALIFIED")) {
            problems.add(VoteFields.decision(item, decision, "kind"), where + ": неизвестный вид большинства «" + d.kind() + "».");
        }
        checkVotes(d, where, VoteFields.ofDecision(item, decision), couldVote, problems);
    }

    private static void checkVotes(SessionItem.DecisionDraft d, String where, VoteFields fields, Integer couldVote,
                                   Problems problems) {
        if (d.isUnanimous() && d.hasCounts()) {
            problems.add(fields.unanimous(), where + ": отметьте «единогласно» или укажите число голосов, но не то и другое.");
        } else if ((d.isUnanimous() || d.hasCounts()) && couldVote == null) {
            problems.add(fields.votesFor(), where + ": при явке не указано, сколько присутствующих могли голосовать, — запишите решение "
                    + "без результата голосования.");
        } else if (d.hasCounts()) {
            int[] votes = d.votes(couldVote);
            if (votes[0] < 0 || votes[1] < 0 || votes[2] < 0) {
                problems.add(votes[0] < 0 ? fields.votesFor() : votes[1] < 0 ? fields.votesAgainst() : fields.votesAbstain(), where + ": число голосов не может быть отрицательным.");
            } else if (votes[0] + votes[1] + votes[2] > couldVote) {
                problems.add(fields.votesFor(), where + ": за, против и воздержались вместе — " + (votes[0] + votes[1] + votes[2])
                        + ", а голосовать могли " + couldVote + ".");
            }
        }
    }

    private static void tooLong(String text, int max, String label, String field, Problems problems) {
        if (text != null && text.length() > max) {
            problems.add(field, label + ": слишком длинный текст (" + text.length() + " знаков, допустимо " + max + ").");
        }
    }
}
