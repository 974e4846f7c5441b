-- A meeting held on paper (before the council moved to Sovet, or while the server was down) is entered
-- afterwards by the secretary: marked so, with who entered it (when: created_at), for the archive and the audit.
alter table meeting add column entered_afterwards boolean not null default false;
alter table meeting add column entered_by varchar(64);
