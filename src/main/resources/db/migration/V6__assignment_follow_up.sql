-- Follow-up of assignments: who carries it out, the reports and the controller's verdicts.
alter table assignment add column owner_person_id varchar(64) references person (id);
alter table assignment add column process_instance_id varchar(64);
alter table assignment add column closed_at timestamp with time zone;
alter table assignment add column overdue boolean not null default false;

create table assignment_report (
    assignment_id  bigint        not null references assignment (id),
    round          integer       not null,
    report         varchar(8000) not null,
    reported_by    varchar(64)   not null,
    reported_at    timestamp with time zone not null,
    verdict        varchar(20),
    remarks        varchar(4000),
    decided_by     varchar(64),
    decided_at     timestamp with time zone,
    primary key (assignment_id, round)
);
