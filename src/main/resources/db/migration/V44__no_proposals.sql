-- A member's answer «Предложений нет» to the call for agenda items: the secretary tells
-- a member who had nothing to propose from one who did not answer.
create table agenda_no_proposals (
    meeting_id   bigint      not null references meeting (id),
    member_id    varchar(64) not null,
    answered_at  timestamp with time zone not null,
    primary key (meeting_id, member_id)
);
