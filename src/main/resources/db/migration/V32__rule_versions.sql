-- The protocol states its legal basis: the version of the DMN rule evaluated when the quorum and each
-- adoption were decided, recorded then (a later version of the rule must not rewrite an old protocol).
-- Null where no rule was evaluated: records made before, decisions recorded without counts.
alter table meeting add column quorum_rule_version integer;
alter table decision add column adoption_rule_version integer;
