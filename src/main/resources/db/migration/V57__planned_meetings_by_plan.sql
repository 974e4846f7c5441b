-- A plan's meetings are read by the plan (its mail, its page): PostgreSQL does not index a foreign key by itself.
create index planned_meeting_plan_idx on planned_meeting (plan_id, planned_date);
