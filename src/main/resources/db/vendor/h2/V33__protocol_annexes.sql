-- Annexes of a protocol (Приложение 1, 2 …): meeting materials the secretary made part of the protocol,
-- each copied here with its SHA-256 so the signed protocol keeps exactly the file it lists.
create table protocol_annex (
    meeting_id    bigint        not null references protocol (meeting_id),
    number        integer       not null,
    material_id   bigint        not null references stored_file (id),
    title         varchar(500)  not null,
    sheets        integer       not null,
    file_name     varchar(255)  not null,
    content_type  varchar(100)  not null,
    content       bytea         not null,
    sha256        varchar(64)   not null,
    primary key (meeting_id, number),
    constraint protocol_annex_once unique (meeting_id, material_id),
    constraint protocol_annex_number check (number >= 1),
    constraint protocol_annex_sheets check (sheets >= 1)
);

-- Nothing added, changed or removed under a signed protocol (org.sovet.common.h2.ClosedRecordTrigger).
create trigger protocol_annex_stays_closed before insert, update, delete on protocol_annex for each row call "org.sovet.common.h2.ClosedRecordTrigger";
