package org.sovet.notify;

/**
 * What makes one e-mail this message to this person: a retried job yields the same key, so the
 * {@link Mailer} sends it once; a new run of the step (a second reminder, an update after another
 * reschedule) is a new job and yields a new one. Also the mail's Message-ID.
 */
public record MailKey(String value) {

    public MailKey {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A mail needs a key");
        }
    }

    /**
     * The process, the sending step's run — its job, which keeps its id through every retry and is new on
     * every run — and the person.
     */
    static MailKey of(String processInstanceId, String jobId, String recipientId) {
        return new MailKey(processInstanceId + "/" + jobId + "/" + recipientId);
    }

    /** The key in the form a Message-ID takes: «<…@sovet>», with only the characters a Message-ID allows. */
    String messageId() {
        return "<" + value.replaceAll("[^A-Za-z0-9.\\-_]", ".") + "@sovet>";
    }
}
