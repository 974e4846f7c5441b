package org.sovet.notify;

import java.time.Instant;
import java.util.List;

/**
 * A mailing job that failed: retried later while it has retries left, an incident when it has none.
 *
 * @param what the mail, in Russian, from its model's {@link MailSteps}
 * @param record the meeting, plan or assignment it is about, in Russian
 * @param recipientIds the people its last try could not mail; empty when it failed before mailing anyone
 * @param since the job's first failure
 * @param error the exception's message as the engine stored it
 */
public record FailedMail(String jobId, String clusterId, String what, String record, List<String> recipientIds, Instant since,
                         String error, int retriesLeft) {

    public boolean incident() {
        return retriesLeft == 0;
    }

    /** What went wrong in Russian: the mail server's refusals are named, the engine's own words follow on the page. */
    public String reason() {
        String text = error == null ? "" : error;
        if (text.contains("connect") || text.contains("Connection refused") || text.contains("timed out")) {
            return "Почтовый сервер недоступен.";
        }
        if (text.contains("Authentication") || text.contains("authenticat")) {
            return "Почтовый сервер не принял логин или пароль.";
        }
        if (text.contains("Mail server") || text.contains("SMTP") || text.contains("MailSend")) {
            return "Почтовый сервер не принял письмо.";
        }
        return "Письмо не подготовлено: ошибка приложения.";
    }
}
