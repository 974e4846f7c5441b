package org.sovet.notify;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tasks a notification tells of ({@code task_notice}), in the transaction of the step that opened them. */
@Repository
class TaskNoticeRecords {

    private final JdbcClient jdbc;

    TaskNoticeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String processInstanceId, int position, TaskNotice notice) {
        jdbc.sql("insert into task_notice (process_instance_id, position, task_id, task_name, subject, cluster_name, due, note,"
                        + " recipients) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(processInstanceId, position, notice.taskId(), notice.taskName(), notice.subject(), notice.clusterName(),
                        notice.due() == null ? null : notice.due().atOffset(ZoneOffset.UTC), notice.note(),
                        String.join(" ", notice.recipients()))
                .update();
    }

    List<TaskNotice> of(String processInstanceId) {
        return jdbc.sql("select task_id, task_name, subject, cluster_name, due, note, recipients from task_notice"
                        + " where process_instance_id = ? order by position")
                .param(processInstanceId)
                .query((rs, row) -> {
                    OffsetDateTime due = rs.getObject(5, OffsetDateTime.class);
                    return new TaskNotice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            due == null ? null : due.toInstant(), rs.getString(6), Arrays.asList(rs.getString(7).split(" ")));
                }).list();
    }

    /** Once its mails have gone the notification's words are no longer needed: they were the mails'. */
    void forget(String processInstanceId) {
        jdbc.sql("delete from task_notice where process_instance_id = ?").param(processInstanceId).update();
    }
}
