-- Every e-mail the SMTP server accepted, by its key (process instance, sending step's run, person):
-- a mail job retried after a rollback finds its mail here and does not send it again.
create table sent_mail (
    mail_key   varchar(400) primary key,
    recipient  varchar(320) not null,
    sent_at    timestamp with time zone not null
);
