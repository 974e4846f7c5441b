-- Whether a protocol writes the decisions under each agenda item («Решили») or as one numbered list
-- («Решение Координационного Совета: 1. … 2. …»): the council's habit, which the secretary may change
-- for one protocol (null there: the council's).
alter table council_setting add column decisions_layout varchar(16) not null default 'PER_ITEM';
alter table protocol add column decisions_layout varchar(16);
