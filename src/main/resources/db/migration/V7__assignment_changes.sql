-- Requests for a new due date and the chair's answers; cancellations and re-assignments.
create table assignment_extension (
    assignment_id  bigint        not null references assignment (id),
    round          integer       not null,
    old_due        date          not null,
    requested_due  date          not null,
    reason         varchar(2000) not null,
    requested_by   varchar(64)   not null,
    requested_at   timestamp with time zone not null,
    granted        boolean,
    decided_by     varchar(64),
    decided_at     timestamp with time zone,
    primary key (assignment_id, round)
);

alter table assignment add column cancel_reason varchar(2000);
