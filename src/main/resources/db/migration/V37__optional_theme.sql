-- Real protocols often state no theme: the agenda is what the meeting was about.
alter table meeting alter column theme drop not null;
