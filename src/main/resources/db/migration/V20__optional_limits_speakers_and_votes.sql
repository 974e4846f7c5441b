-- A protocol prints only what was recorded: an agenda item may have no time limit or speaker,
-- and a decision may be recorded without vote counts.
alter table agenda_proposal alter column minutes drop not null;
alter table agenda_item alter column minutes drop not null;
alter table agenda_item alter column speaker_name drop not null;
alter table decision alter column votes_for drop not null;
alter table decision alter column votes_against drop not null;
alter table decision alter column votes_abstain drop not null;
