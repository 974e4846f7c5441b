-- Draft decisions of a written (заочное) meeting and each member's ballot on them.
create table written_decision (
    meeting_id     bigint        not null references meeting (id),
    item_position  integer       not null,
    position       integer       not null,
    text           varchar(2000) not null,
    kind           varchar(20)   not null,
    owner          varchar(300),
    due_text       varchar(100),
    primary key (meeting_id, item_position, position)
);

-- One vote of one member on one draft decision; the key makes a second vote impossible.
create table ballot (
    meeting_id     bigint        not null references meeting (id),
    person_id      varchar(64)   not null references person (id),
    item_position  integer       not null,
    position       integer       not null,
    choice         varchar(10)   not null,
    comment        varchar(1000),
    cast_at        timestamp with time zone not null,
    primary key (meeting_id, person_id, item_position, position)
);
