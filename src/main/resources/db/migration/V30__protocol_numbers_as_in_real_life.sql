-- Whether a cancelled meeting gives its protocol number back to the next meeting (when no later number was
-- given): a council whose regulation numbers protocols, not announced meetings. Off: numbers stay taken.
alter table council_setting add column cancelled_free_numbers boolean not null default false;

-- A cancelled meeting that gave its number back keeps it for its history, outside the sequence: its slot is
-- its own id. Every other meeting has slot 0, so a number is still given once per council and period.
alter table meeting add column number_slot bigint not null default 0;
alter table meeting drop constraint meeting_protocol_number_unique;
alter table meeting add constraint meeting_protocol_number_unique unique (cluster_id, numbering_period, protocol_number, number_slot);
