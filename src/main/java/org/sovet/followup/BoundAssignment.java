package org.sovet.followup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.sovet.common.InputRejectedException;
import org.springframework.stereotype.Component;

/**
 * The assignment a follow-up process is about: named by the business key the system gave it at its
 * start (people cannot change a business key), in the process's own cluster, and of this process.
 */
@Component
class BoundAssignment {

    private static final String PREFIX = "assignment-";

    private final AssignmentService assignments;

    BoundAssignment(AssignmentService assignments) {
        this.assignments = assignments;
    }

    static String businessKey(long assignmentId) {
        return PREFIX + assignmentId;
    }

    AssignmentService.Assignment of(DelegateExecution execution) {
        return of(execution.getProcessBusinessKey(), execution.getTenantId(), execution.getProcessInstanceId());
    }

    /** The assignment of a follow-up process known by its business key, cluster and id. */
    AssignmentService.Assignment of(String key, String clusterId, String processInstanceId) {
        if (key == null || !key.matches(PREFIX + "\\d{1,18}")) {
            throw unbound();
        }
        var assignment = assignments.find(Long.parseLong(key.substring(PREFIX.length())));
        boolean ours = assignment.clusterId().equals(clusterId)
                && (assignment.processInstanceId() == null || assignment.processInstanceId().equals(processInstanceId));
        if (!ours) {
            throw unbound();
        }
        return assignment;
    }

    AssignmentService.Assignment of(DelegateTask task) {
        return of(task.getExecution());
    }

    private static InputRejectedException unbound() {
        return new InputRejectedException("Этот процесс не относится ни к одному поручению кластера.");
    }
}
