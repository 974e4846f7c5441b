package org.sovet.meeting;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.task.Task;
import org.sovet.common.AsEngine;
import org.sovet.directory.PersonLeftCouncil;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A member who leaves the council mid-meeting loses their ballot and agenda-proposal tasks, in the directory
 * change's transaction: their inner instance of the multi-instance step is cancelled and the meeting goes on
 * with the others; when they were the last one awaited, the step ends as when everyone has answered. A ballot
 * cast before leaving stays counted (see {@link WrittenVoteService#count}).
 */
@Component
class MeetingDepartures {

    private static final List<Step> STEPS = List.of(
            new Step(MeetingProcess.Elements.CAST_BALLOT, MeetingProcess.Elements.BALLOTS_DONE),
            new Step(MeetingProcess.Elements.PROPOSE, MeetingProcess.Elements.PROPOSALS_DONE));

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identity;

    MeetingDepartures(TaskService tasks, RuntimeService runtime, IdentityService identity) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.identity = identity;
    }

    @EventListener
    @Order(10)
    void memberLeft(PersonLeftCouncil event) {
        // the actor may not modify process instances: taking the task away is the system's doing
        AsEngine.run(identity, () -> {
            STEPS.forEach(step -> openTasks(event, step.activityId()).forEach(task -> withdraw(task, step)));
            return null;
        });
    }

    private List<Task> openTasks(PersonLeftCouncil event, String activityId) {
        return tasks.createTaskQuery().processDefinitionKey(MeetingProcess.KEY).tenantIdIn(event.clusterId())
                .taskDefinitionKey(activityId).taskAssignee(event.personId()).list();
    }

    private void withdraw(Task task, Step step) {
        ActivityInstance tree = runtime.getActivityInstance(task.getProcessInstanceId());
        ActivityInstance body = find(tree, step.activityId() + "#multiInstanceBody").orElseThrow();
        ActivityInstance own = List.of(body.getChildActivityInstances()).stream()
                .filter(child -> List.of(child.getExecutionIds()).contains(task.getExecutionId())).findFirst().orElseThrow();
        // answers still moving on in their jobs count as active: the last answer's job would end the step
        Object active = runtime.getVariableLocal(body.getExecutionIds()[0], "nrOfActiveInstances");
        boolean lastAwaited = active instanceof Integer count && count <= 1;
        var modification = runtime.createProcessInstanceModification(task.getProcessInstanceId());
        if (lastAwaited) {
            // cancelling the last inner instance would not complete the step: it goes on as when everyone answered
            modification.startTransition(step.doneFlow()).cancelActivityInstance(body.getId());
        } else {
            modification.cancelActivityInstance(own.getId());
        }
        modification.execute();
    }

    private static Optional<ActivityInstance> find(ActivityInstance instance, String activityId) {
        if (activityId.equals(instance.getActivityId())) {
            return Optional.of(instance);
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            Optional<ActivityInstance> found = find(child, activityId);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private record Step(String activityId, String doneFlow) {}
}
