-- Whose assignment it was before it went to its controller when the owner left the council.
alter table assignment add column handed_over_from varchar(64);
alter table assignment add column handed_over_at timestamp with time zone;
