-- A council may vote once on all the decisions of a meeting («Результат голосования» at the end of the protocol):
-- each decision keeps the counts of that one vote, and the protocol prints the vote once.
alter table decision add column voted_together boolean not null default false;
