package org.sovet.notify;

import java.time.Instant;
import java.util.List;

/**
 * What a new task's mail says, taken when the task is created: its words stay those of that moment even if
 * the task is completed before the mail goes out.
 *
 * @param recipients who is told: the assignee, or every candidate, without the person who caused the task
 */
record TaskNotice(String taskId, String taskName, String subject, String clusterName, Instant due, String note,
                  List<String> recipients) {

    /** «Задача «Утвердить план работы кластера»: План работы на 2027 год», as the failed-mail page names it. */
    String describe() {
        return "Задача «" + taskName + "»" + (subject == null ? "" : ": " + subject);
    }
}
