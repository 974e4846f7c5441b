package org.sovet.audit;

import static org.sovet.meeting.MeetingProcess.Elements;
import static org.sovet.meeting.MeetingProcess.Vars;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sovet.common.FormJson;
import org.sovet.common.InputRejectedException;
import org.sovet.common.RussianDates;
import org.sovet.meeting.AgendaEntry;
import org.sovet.meeting.Decision;
import org.sovet.meeting.MeetingFormat;
import org.sovet.meeting.MeetingProcess;
import org.sovet.meeting.SessionItem;
import org.sovet.meeting.SessionService;
import org.springframework.stereotype.Component;

/**
 * The council meeting: the schedule, proposals, the agenda and the chair's answer, what became of
 * the meeting, attendance, the session and the count. A written ballot says only that the member
 * voted: ballots are private, their choices are never read here.
 */
@Component
class MeetingSteps implements StepOutcomes {

    private final FormJson json;
    private final People people;
    private final SessionService sessions;

    MeetingSteps(FormJson json, People people, SessionService sessions) {
        this.json = json;
        this.people = people;
        this.sessions = sessions;
    }

    @Override
    public String processKey() {
        return MeetingProcess.KEY;
    }

    @Override
    public Optional<String> describe(Step step) {
        return Optional.ofNullable(switch (step.id()) {
            case Elements.START -> schedule(step);
            case Elements.PROPOSE -> "Предложено вопросов: " + list(step, Vars.PROPOSALS, AgendaEntry.class).stream()
                    .filter(p -> p.title() != null && !p.title().isBlank()).count();
            case Elements.COMPOSE_AGENDA -> "Повестка: " + numbered(list(step, Vars.AGENDA, AgendaEntry.class).stream()
                    .map(AgendaEntry::title).toList());
            case Elements.APPROVE_AGENDA -> MeetingProcess.DECISION_APPROVE.equals(step.text(Vars.REVIEW_DECISION))
                    ? "Повестка утверждена" : "Повестка возвращена с замечаниями: «" + step.text(Vars.REVIEW_REMARKS) + "»";
            case Elements.MANAGE -> action(step);
            case Elements.RECORD_ATTENDANCE -> attendance(step);
            case Elements.RECORD_SESSION, Elements.PREPARE_WRITTEN -> recorded(step);
            case Elements.STORE_SESSION, Elements.COUNT_BALLOTS -> counted(step);
            case Elements.CAST_BALLOT -> "Бюллетень подан";
            default -> null;
        });
    }

    private String schedule(Step step) {
        if (step.text(Vars.THEME) == null) {
            return null;
        }
        String format = step.text(Vars.FORMAT) == null ? "" : ", " + MeetingFormat.valueOf(step.text(Vars.FORMAT)).title();
        String deadline = step.text(Vars.VOTING_DEADLINE) == null ? ""
                : ", голосование до " + RussianDates.longDate(RussianDates.parse(step.text(Vars.VOTING_DEADLINE)));
        return "«" + step.text(Vars.THEME) + "»: " + RussianDates.longDate(RussianDates.parse(step.text(Vars.DATE)))
                + (step.text(Vars.TIME) == null ? "" : ", " + step.text(Vars.TIME)) + format + deadline;
    }

    private static String action(Step step) {
        String action = step.text(Vars.MANAGE_ACTION);
        if (action == null) {
            return null;
        }
        return switch (action) {
            case MeetingProcess.ACTION_HOLD -> "Заседание проводится";
            case MeetingProcess.ACTION_CANCEL -> "Заседание отменено";
            case MeetingProcess.ACTION_RESCHEDULE -> "Заседание перенесено на "
                    + RussianDates.longDate(RussianDates.parse(step.text(Vars.NEW_DATE))) + ", " + step.text(Vars.NEW_TIME);
            case MeetingProcess.ACTION_WRITTEN -> "Переведено в заочное голосование до "
                    + RussianDates.longDate(RussianDates.parse(step.text(Vars.VOTING_DEADLINE)));
            default -> null;
        };
    }

    /** Both parts of the attendance as submitted; without council members recorded no quorum was determined. */
    private String attendance(Step step) {
        List<String> present = list(step, Vars.PRESENT, String.class);
        String members = !present.isEmpty() ? "Присутствуют членов Совета: " + present.size() + " ("
                + present.stream().map(people::name).collect(Collectors.joining(", ")) + ")"
                : step.text(Vars.MEMBERS_COUNT) != null ? "Присутствуют членов Совета: " + step.text(Vars.MEMBERS_COUNT)
                + " (без поимённого списка)" : "Члены Совета не отмечены, кворум не определялся";
        String audience = step.text(Vars.ATTENDANCE_NOTE) == null ? "" : ", присутствовали: «" + step.text(Vars.ATTENDANCE_NOTE) + "»"
                + (step.text(Vars.AUDIENCE_VOTERS) == null ? "" : ", из них голосовали: " + step.text(Vars.AUDIENCE_VOTERS));
        return members + audience + ", приглашённых: " + list(step, Vars.GUESTS, Object.class).size();
    }

    private String recorded(Step step) {
        List<SessionItem> items = list(step, Vars.SESSION_ITEMS, SessionItem.class);
        return "Вопросов повестки: " + items.size() + ", проектов решений: "
                + items.stream().mapToInt(i -> i.decisions().size()).sum();
    }

    /** The count's result is the decisions it stored, with the votes the protocol prints. */
    private String counted(Step step) {
        return step.before(Vars.MEETING_ID).map(Long::parseLong).map(id -> {
            boolean quorumDecided = sessions.quorum(id).isPresent();
            return sessions.decisions(id).stream().map(d -> vote(d, quorumDecided)).collect(Collectors.joining("\n"));
        }).filter(text -> !text.isEmpty()).orElse(null);
    }

    private static String vote(Decision d, boolean quorumDecided) {
        String votes = d.votesFor() == null ? "без подсчёта голосов" : "за — " + count(d.votesFor())
                + ", против — " + count(d.votesAgainst()) + ", воздержались — " + count(d.votesAbstain());
        return (d.itemPosition() + 1) + "." + (d.position() + 1) + ". «" + d.text() + "»: " + votes + "; "
                + (!quorumDecided ? "принятие не определялось: кворум не устанавливался" : d.adopted() ? "принято" : "не принято");
    }

    private static String count(int votes) {
        return votes == 0 ? "нет" : String.valueOf(votes);
    }

    private static String numbered(List<String> titles) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < titles.size(); i++) {
            text.append(i == 0 ? "" : "; ").append(i + 1).append(". ").append(titles.get(i));
        }
        return text.toString();
    }

    /** A list the form submitted; a damaged one reads as empty rather than hiding the rest of the trail. */
    private <T> List<T> list(Step step, String name, Class<T> type) {
        try {
            return json.list(step.value(name), type, name);
        } catch (InputRejectedException e) {
            return List.of();
        }
    }
}
