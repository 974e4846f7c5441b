-- Documents are rendered once per version (issue 14).

-- A protocol's draft is rendered after the session record's click has committed (an asynchronous step): until then
-- the protocol is being prepared, with no files yet (a first draft) or the previous draft's, which are not shown.
-- draft_key is the SHA-256 of the content the draft files were rendered from: the same content is not rendered again.
alter table protocol alter column pdf drop not null;
alter table protocol alter column docx drop not null;
alter table protocol add column preparing boolean default false not null;
alter table protocol add column draft_key varchar(64);

-- A draft plan's «проект» PDF, kept while its content stays the same. source_sha256 is the SHA-256 of the XHTML it
-- was rendered from; a view of a changed plan renders and replaces it. The approved plan's PDF is plan_document's.
create table plan_draft_document (
    plan_id        bigint       primary key references work_plan (id),
    source_sha256  varchar(64)  not null,
    content        bytea        not null,
    created_at     timestamp with time zone not null
);
