-- How long a council's process history is kept after a process ends (the definitions' history
-- time to live); Camunda's history cleanup removes it afterwards. Five years unless the council says otherwise.
alter table council_setting add column history_retention_days integer not null default 1825;
