-- An agenda item may have several speakers («О.А.Жилина, Т.В.Боханова»): the first stays on agenda_item,
-- the others follow in order, each with the position and organization the protocol prints.
create table agenda_speaker (
    meeting_id     bigint       not null references meeting (id),
    item_position  integer      not null,
    position       integer      not null,
    name           varchar(300) not null,
    job_title      varchar(300),
    organization   varchar(300),
    primary key (meeting_id, item_position, position)
);
