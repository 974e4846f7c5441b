package org.sovet.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * The steps of the processes: people's tasks (who, how long they waited, what they decided) and the
 * engine's steps, timers and events («система»). Gateways and containers say nothing of their own;
 * a rule task is told by its evaluation (RuleEntries).
 */
@Component
class StepEntries {

    private static final Set<String> SILENT = Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway",
            "eventBasedGateway", "multiInstanceBody", "businessRuleTask", "subProcess");

    private final People people;
    private final Map<String, StepOutcomes> outcomes;
    private final Clock clock;

    StepEntries(People people, List<StepOutcomes> outcomes, Clock clock) {
        this.people = people;
        this.outcomes = outcomes.stream().collect(Collectors.toMap(StepOutcomes::processKey, Function.identity()));
        this.clock = clock;
    }

    List<Happening> of(HistorySnapshot history) {
        List<Happening> lines = new ArrayList<>();
        Set<String> bodies = history.multiInstanceBodies();
        // an engine step repeated for each person (a mail to every member) is one line
        Map<String, Integer> repetitions = new HashMap<>();
        history.activities().stream().filter(a -> bodies.contains(a.getParentActivityInstanceId()))
                .forEach(a -> repetitions.merge(a.getParentActivityInstanceId() + a.getActivityId(), 1, Integer::sum));
        List<HistoricActivityInstance> activities = history.activities();
        for (int i = 0; i < activities.size(); i++) {
            HistoricActivityInstance activity = activities.get(i);
            if (SILENT.contains(activity.getActivityType()) || activity.getActivityName() == null) {
                continue;
            }
            Optional<HistoricTaskInstance> task = history.taskOf(activity.getId());
            String repeated = activity.getParentActivityInstanceId() + activity.getActivityId();
            if (task.isPresent()) {
                lines.add(task(activity, task.get(), history, i));
            } else if (!bodies.contains(activity.getParentActivityInstanceId())) {
                lines.add(engineStep(activity, history, i, null));
            } else if (repetitions.containsKey(repeated)) {
                int times = repetitions.remove(repeated);
                lines.add(engineStep(activity, history, i, times > 1 ? "выполнено " + times + " раз" : null));
            }
        }
        return lines;
    }

    private Happening task(HistoricActivityInstance activity, HistoricTaskInstance task, HistorySnapshot history, int order) {
        String process = processName(history, activity);
        if (task.getEndTime() == null) {
            return new Happening(task.getStartTime().toInstant(), order, process, task.getName(), assignee(task),
                    waited(task), "ожидает исполнения");
        }
        if (!"completed".equals(task.getDeleteReason())) {
            return new Happening(task.getEndTime().toInstant(), order, process, task.getName(), assignee(task),
                    waited(task), "снята без исполнения");
        }
        Step step = new Step(activity, history.valuesIn(activity.getId()), history);
        String who = history.completedBy(task.getId()).orElse(task.getAssignee());
        return new Happening(task.getEndTime().toInstant(), order, process, task.getName(), people.name(who), waited(task),
                outcomes(activity, history).flatMap(o -> o.describe(step)).orElse("выполнено"));
    }

    private Happening engineStep(HistoricActivityInstance activity, HistorySnapshot history, int order, String repeated) {
        HistoricProcessInstance instance = history.instance(activity.getProcessInstanceId()).orElseThrow();
        boolean start = "startEvent".equals(activity.getActivityType());
        // what the start form (or the starting call) set belongs to the process instance, not to the start event
        Step step = new Step(activity, history.valuesIn(start ? instance.getId() : activity.getId()), history);
        Optional<StepOutcomes> reader = outcomes(activity, history);
        String who = reader.flatMap(o -> o.actor(step)).orElse(start ? history.startedBy(instance.getId()).orElse(null) : null);
        String outcome = reader.flatMap(o -> o.describe(step)).orElse(repeated != null ? repeated : called(activity, history));
        return new Happening(activity.getStartTime().toInstant(), order, processName(history, activity), activity.getActivityName(),
                people.name(who), "", activity.getEndTime() == null && outcome.isEmpty() ? "выполняется" : outcome);
    }

    /** A call activity names the process it started, with the version that ran. */
    private static String called(HistoricActivityInstance activity, HistorySnapshot history) {
        return Optional.ofNullable(activity.getCalledProcessInstanceId()).flatMap(history::instance)
                .map(i -> "«" + i.getProcessDefinitionName() + "», версия " + i.getProcessDefinitionVersion()).orElse("");
    }

    private Optional<StepOutcomes> outcomes(HistoricActivityInstance activity, HistorySnapshot history) {
        return history.instance(activity.getProcessInstanceId()).map(i -> outcomes.get(i.getProcessDefinitionKey()));
    }

    private static String processName(HistorySnapshot history, HistoricActivityInstance activity) {
        return history.instance(activity.getProcessInstanceId()).map(HistoricProcessInstance::getProcessDefinitionName).orElse("");
    }

    private String assignee(HistoricTaskInstance task) {
        return task.getAssignee() == null ? "" : people.name(task.getAssignee());
    }

    /** From the task's creation to its end, or until now while it waits. */
    private String waited(HistoricTaskInstance task) {
        var end = task.getEndTime() == null ? clock.instant() : task.getEndTime().toInstant();
        return Durations.russian(Duration.between(task.getStartTime().toInstant(), end));
    }
}
