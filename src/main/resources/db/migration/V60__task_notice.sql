-- What the mail of a new task says, one row a task: a step that opens many tasks at once (the members'
-- proposal tasks, the assignments of a signed protocol) starts one notification process for all of them.
-- Written in the transaction that creates the tasks, removed when the notification's mails have gone. No
-- length limits: a long task name or subject must never fail the step that opens the task.
create table task_notice (
    process_instance_id varchar(64)  not null,
    position            int          not null,
    task_id             varchar(64),
    task_name           varchar,
    subject             varchar,
    cluster_name        varchar,
    due                 timestamp with time zone,
    note                varchar,
    recipients          varchar      not null,
    primary key (process_instance_id, position)
);
