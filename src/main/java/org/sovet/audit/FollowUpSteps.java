package org.sovet.audit;

import static org.sovet.followup.FollowUpProcess.Elements;
import static org.sovet.followup.FollowUpProcess.Vars;

import java.util.Optional;
import org.sovet.common.RussianDates;
import org.sovet.followup.FollowUpProcess;
import org.springframework.stereotype.Component;

/**
 * An assignment's follow-up: the owner's reports and requests for a new due date, the controller's
 * verdicts, the chair's answers, and the changes made on the assignments page (cancellation and
 * re-assignment), whose author the process keeps in a variable.
 */
@Component
class FollowUpSteps implements StepOutcomes {

    /** Set at the start and after a granted extension: the due date as written. */
    private static final String DUE_TEXT = "dueText";
    private static final String TEXT = "assignmentText";

    private final People people;

    FollowUpSteps(People people) {
        this.people = people;
    }

    @Override
    public String processKey() {
        return FollowUpProcess.KEY;
    }

    @Override
    public Optional<String> describe(Step step) {
        return Optional.ofNullable(switch (step.id()) {
            case Elements.START -> step.text(TEXT) == null ? null : "«" + step.text(TEXT) + "», срок: " + step.text(DUE_TEXT)
                    + ", исполнитель: " + people.name(step.text(Vars.OWNER));
            case Elements.CARRY_OUT -> work(step);
            case Elements.REVIEW -> FollowUpProcess.ACCEPT.equals(step.text(Vars.VERDICT)) ? "Отчёт принят"
                    : "Отчёт возвращён на доработку с замечаниями: «" + step.text(Vars.REMARKS) + "»";
            case Elements.DECIDE_EXTENSION -> FollowUpProcess.GRANT.equals(step.text(Vars.EXTENSION_DECISION))
                    ? "Срок продлён: " + step.text(DUE_TEXT) : "В продлении срока отказано";
            case Elements.REASSIGNED -> "Новый исполнитель: " + step.before(Vars.OWNER).map(people::name).orElse("—");
            case Elements.CANCELLED -> "Поручение отменено, причина: «" + step.before(Vars.CANCEL_REASON).orElse("—") + "»";
            default -> null;
        });
    }

    @Override
    public Optional<String> actor(Step step) {
        return switch (step.id()) {
            case Elements.REASSIGNED -> step.before(Vars.REASSIGNED_BY);
            case Elements.CANCELLED -> step.before(Vars.CANCELLED_BY);
            default -> Optional.empty();
        };
    }

    private static String work(Step step) {
        if (FollowUpProcess.EXTEND.equals(step.text(Vars.WORK_ACTION))) {
            return "Просит продлить срок до " + RussianDates.shortDate(RussianDates.parse(step.text(Vars.REQUESTED_DUE)))
                    + ": «" + step.text(Vars.EXTENSION_REASON) + "»";
        }
        return "Отчёт: «" + step.text(Vars.REPORT) + "»";
    }
}
