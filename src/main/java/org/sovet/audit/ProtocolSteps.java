package org.sovet.audit;

import static org.sovet.protocol.ProtocolProcess.Elements;
import static org.sovet.protocol.ProtocolProcess.Vars;

import java.util.Optional;
import org.sovet.protocol.ProtocolProcess;
import org.springframework.stereotype.Component;

/** The protocol: the secretary's check, each signature given or refused, the frozen file. */
@Component
class ProtocolSteps implements StepOutcomes {

    @Override
    public String processKey() {
        return ProtocolProcess.KEY;
    }

    @Override
    public Optional<String> describe(Step step) {
        return Optional.ofNullable(switch (step.id()) {
            case Elements.REVIEW -> ProtocolProcess.CORRECT.equals(step.text(Vars.REVIEW_ACTION))
                    ? "Секретарь вернулась к записи заседания: присутствующие, решения, голоса"
                    : "Проект протокола проверен и передан на подпись";
            case Elements.SIGN -> ProtocolProcess.SIGN.equals(step.text(Vars.SIGN_DECISION)) ? "Протокол подписан"
                    : "В подписи отказано, замечания: «" + step.text(Vars.REVIEW_REMARKS) + "»";
            case Elements.FREEZE -> step.text(Vars.SHA256) == null ? null
                    : "Подписанный протокол заморожен, SHA-256: " + step.text(Vars.SHA256);
            default -> null;
        });
    }
}
