package org.sovet.audit;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.sovet.common.RussianDates;
import org.springframework.stereotype.Component;

/**
 * The council's rules as they were applied: each evaluation of a decision table with its version,
 * the figures it was given and its answer («which quorum and majority rules applied»).
 */
@Component
class RuleEntries {

    /** The values of the decision tables' text inputs, as the council's regulation names them. */
    private static final Map<String, String> WORDS = Map.of(
            "SIMPLE", "простое большинство",
            "QUALIFIED", "квалифицированное большинство");

    List<Happening> of(HistorySnapshot history) {
        List<Happening> lines = new ArrayList<>();
        for (HistoricDecisionInstance decision : history.decisions()) {
            String process = history.instance(decision.getProcessInstanceId()).map(i -> i.getProcessDefinitionName()).orElse("");
            lines.add(new Happening(decision.getEvaluationTime().toInstant(), history.position(decision.getActivityInstanceId()) + 0.5,
                    process, "Правило «" + decision.getDecisionDefinitionName() + "», "
                            + version(history.decisionDefinitions().get(decision.getDecisionDefinitionId())),
                    People.SYSTEM, "", applied(decision)));
        }
        return lines;
    }

    static String version(DecisionDefinition definition) {
        return definition == null ? "версия неизвестна" : "версия " + definition.getVersion();
    }

    /** «Присутствует членов Совета, %: 83,3; Порог кворума по положению, %: 50 → Кворум: да». */
    private static String applied(HistoricDecisionInstance decision) {
        String inputs = decision.getInputs().stream().map(i -> i.getClauseName() + ": " + value(i.getValue()))
                .collect(Collectors.joining("; "));
        String outputs = decision.getOutputs().stream().map(o -> o.getClauseName() + ": " + value(o.getValue()))
                .collect(Collectors.joining("; "));
        return inputs + " → " + outputs;
    }

    private static String value(Object value) {
        if (value instanceof Boolean b) {
            return b ? "да" : "нет";
        }
        if (value instanceof Number n) {
            return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(RussianDates.RUSSIAN)).format(n);
        }
        return value == null ? "—" : WORDS.getOrDefault(value.toString(), value.toString());
    }
}
