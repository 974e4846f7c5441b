package org.sovet.notify;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What makes one e-mail this message to this person: a retried job yields the same key, so the
 * {@link Mailer} sends it once; a new run of the step (a second reminder, an update after another
 * reschedule) yields a new one. Also the mail's Message-ID.
 */
public record MailKey(String value) {

    public MailKey {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A mail needs a key");
        }
    }

    /**
     * The sending step's run — the multi-instance body's activity instance, started in an earlier
     * transaction and so the same on every retry of the member's job, new on every run — and the person.
     * The execution's own id is not used: a step with input mappings gets a new execution on every retry.
     */
    public static MailKey of(DelegateExecution execution, String recipientId) {
        return new MailKey(execution.getProcessInstanceId() + "/" + execution.getParentActivityInstanceId() + "/" + recipientId);
    }

    /** The key in the form a Message-ID takes: «<…@sovet>», with only the characters a Message-ID allows. */
    String messageId() {
        return "<" + value.replaceAll("[^A-Za-z0-9.\\-_]", ".") + "@sovet>";
    }
}
