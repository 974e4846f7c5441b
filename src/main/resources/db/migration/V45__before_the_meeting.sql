-- «Приду / Не приду»: a member's answer to the invitation, from the mail's links; changeable until the meeting starts.
create table meeting_reply (
    meeting_id   bigint      not null references meeting (id),
    person_id    varchar(64) not null references person (id),
    answer       varchar(20) not null check (answer in ('COMING', 'NOT_COMING')),
    answered_at  timestamp with time zone not null,
    primary key (meeting_id, person_id)
);

-- The secret that signs the reply links of mails: made once by the application, random, never shown.
create table link_key (
    id      integer      primary key check (id = 1),
    secret  varchar(100) not null
);

-- A planned meeting's own process «Заседание по плану» asks the secretary to schedule it; bound here, not by a variable.
alter table planned_meeting add column process_instance_id varchar(64);
