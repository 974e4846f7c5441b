-- The one row every node locks (select ... for update) while it runs the start-up steps, so nodes
-- starting together take turns instead of racing their check-then-insert steps.
create table startup_lock (
    id integer primary key check (id = 1)
);

insert into startup_lock (id) values (1);
