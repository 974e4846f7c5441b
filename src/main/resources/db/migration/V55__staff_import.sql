-- A staff list uploaded for import, kept between its preview and the keeper's confirmation, so the
-- confirmation applies the very rows previewed (on whichever node it lands); the file's hash tells
-- a list applied before.
create table staff_import (
    id           varchar(36)     primary key,
    cluster_id   varchar(64)     not null references cluster (id),
    uploaded_by  varchar(64)     not null,
    uploaded_at  timestamp with time zone not null,
    file_name    varchar(255)    not null,
    file_hash    varchar(64)     not null,
    staff_rows   varchar(1000000) not null,
    applied_at   timestamp with time zone,
    applied_by   varchar(64),
    summary      varchar(1000)
);
create index staff_import_cluster_idx on staff_import (cluster_id, file_hash);
