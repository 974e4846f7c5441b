package org.sovet.audit;

import static org.sovet.plan.WorkPlanProcess.Elements;
import static org.sovet.plan.WorkPlanProcess.Vars;

import java.util.Optional;
import org.sovet.common.RussianDates;
import org.sovet.plan.WorkPlanProcess;
import org.springframework.stereotype.Component;

/** The work plan approval: drafts sent or saved, the director's order or remarks. */
@Component
class PlanSteps implements StepOutcomes {

    @Override
    public String processKey() {
        return WorkPlanProcess.KEY;
    }

    @Override
    public Optional<String> describe(Step step) {
        return Optional.ofNullable(switch (step.id()) {
            case Elements.START -> step.text(Vars.PLAN_YEAR) == null ? null : "План на " + step.text(Vars.PLAN_YEAR) + " год";
            case Elements.DRAFT_PLAN -> WorkPlanProcess.ACTION_SAVE.equals(step.text(Vars.DRAFT_ACTION))
                    ? "Черновик сохранён" : "План отправлен директору на утверждение";
            case Elements.REVIEW_PLAN -> review(step);
            default -> null;
        });
    }

    private static String review(Step step) {
        if (WorkPlanProcess.DECISION_APPROVE.equals(step.text(Vars.REVIEW_DECISION))) {
            return "План утверждён приказом № " + step.text(Vars.ORDER_NUMBER) + " от "
                    + RussianDates.shortDate(RussianDates.parse(step.text(Vars.ORDER_DATE)));
        }
        return "План возвращён на доработку с замечаниями: «" + step.text(Vars.REVIEW_REMARKS) + "»";
    }
}
