-- Whether one person may hold two roles that check each other (draft and approve a plan, carry out and
-- accept an assignment). Off: the council's regulation must say so.
alter table council_setting add column dual_roles_allowed boolean not null default false;
