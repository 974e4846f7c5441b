-- The recipients a mailing job could not mail on its last try, for the page of failed notifications:
-- one job mails everyone of a step, so its failure alone no longer says whom. Written in a transaction
-- of its own (the job's rolls back), forgotten when the job succeeds.
create table unsent_mail (
    job_id       varchar(64) not null,
    recipient_id varchar(64) not null,
    primary key (job_id, recipient_id)
);
