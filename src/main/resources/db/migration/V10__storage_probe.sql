-- One row the health check rewrites: proves the database can still commit to disk (not just read).
create table storage_probe (
    id     integer primary key,
    probes bigint  not null
);
insert into storage_probe (id, probes) values (1, 0);
