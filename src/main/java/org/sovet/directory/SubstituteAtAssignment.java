package org.sovet.directory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A task created for a person who is away from the role it is for goes straight to their substitute,
 * before anyone is notified: every user task of every model gets this as its first «create» listener.
 * The models' own assignees (the meeting's secretary, the plan's author) need not know of substitutions.
 */
@Component
class SubstituteAtAssignment extends AbstractProcessEnginePlugin implements TaskListener {

    private final ObjectProvider<Directory> directory;
    private final ObjectProvider<ActingRoles> acting;
    private final ObjectProvider<RoleTasks> roleTasks;

    /** Providers: the engine's plugins are built before the beans they call at run time. */
    SubstituteAtAssignment(ObjectProvider<Directory> directory, ObjectProvider<ActingRoles> acting,
                           ObjectProvider<RoleTasks> roleTasks) {
        this.directory = directory;
        this.acting = acting;
        this.roleTasks = roleTasks;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, SubstituteAtAssignment.this);
            }
        });
    }

    @Override
    public void notify(DelegateTask task) {
        String assignee = task.getAssignee();
        String clusterId = task.getTenantId();
        if (assignee == null || clusterId == null) {
            return;
        }
        var groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).toList();
        for (Substitution away : acting.getObject().inForce(clusterId)) {
            if (away.personId().equals(assignee)) {
                Set<CouncilRole> held = EnumSet.noneOf(CouncilRole.class);
                held.addAll(directory.getObject().heldRolesOf(assignee, clusterId));
                if (roleTasks.getObject().isWorkOf(away.role(), clusterId, task.getTaskDefinitionKey(), groups, held)) {
                    task.setAssignee(away.substituteId());
                    return;
                }
            }
        }
    }
}
