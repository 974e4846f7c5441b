package org.sovet.common;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Where a step runs: the process instance it belongs to, up to the root of called processes. */
public final class ProcessScope {

    private ProcessScope() {}

    /** A called process (a meeting's protocol) is about the record its root process was started for. */
    public static String rootInstanceId(DelegateExecution execution) {
        DelegateExecution instance = execution.getProcessInstance();
        while (instance.getSuperExecution() != null) {
            instance = instance.getSuperExecution().getProcessInstance();
        }
        return instance.getProcessInstanceId();
    }
}
