package org.sovet.notify;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * A process model's mail steps, told by the feature that owns the model, so the page of failed
 * notifications names each mail in Russian without this package knowing meetings or plans.
 */
public interface MailSteps {

    String processKey();

    /** The model's asynchronous mail steps by element id, each with what its mail is («Приглашение на заседание»). */
    Map<String, String> steps();

    /** The record the process is about, in Russian words («Заседание № 3 от 12.12.2026»). */
    String record(ProcessInstance process);
}
