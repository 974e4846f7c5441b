-- Who signs the protocol of a meeting in writing is the council's to say, as for a session:
-- the secretary alone unless its regulation names others.
alter table council_setting add column written_signers varchar(30) not null default 'SECRETARY';
