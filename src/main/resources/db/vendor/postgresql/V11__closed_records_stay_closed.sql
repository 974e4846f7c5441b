-- Closed records stay closed, whatever SQL reaches the database: a signed meeting or protocol, an
-- approved plan, a finished or cancelled assignment, and every row belonging to one (H2: the same
-- rules in org.sovet.common.h2.ClosedRecordTrigger, db/vendor/h2).

-- The refusal when a record of this kind stands in this status, null while it is open.
create function closed_record_refusal(kind text, status text) returns text language sql immutable as $$
    select case
        when kind = 'meeting' and status in ('SIGNED', 'CANCELLED')
            then 'Заседание закрыто (протокол подписан или заседание отменено) и не может быть изменено.'
        when kind = 'protocol' and status = 'SIGNED' then 'Протокол подписан и не может быть изменён.'
        when kind = 'work_plan' and status = 'APPROVED' then 'План утверждён и не может быть изменён.'
        when kind = 'assignment' and status in ('DONE', 'CANCELLED')
            then 'Поручение закрыто (исполнено или отменено) и не может быть изменено.'
    end
$$;

-- Refuses a write under the record: its status is read "for share", so a concurrent close waits for this
-- transaction, and a write racing a close that commits first sees it closed.
create function refuse_under_closed_record(kind text, record_id bigint) returns void language plpgsql as $$
declare
    current_status text;
    refusal text;
begin
    case kind
        when 'meeting' then select m.status into current_status from meeting m where m.id = record_id for share;
        when 'protocol' then select p.status into current_status from protocol p where p.meeting_id = record_id for share;
        when 'work_plan' then select w.status into current_status from work_plan w where w.id = record_id for share;
        when 'assignment' then select a.status into current_status from assignment a where a.id = record_id for share;
    end case;
    refusal := closed_record_refusal(kind, current_status);
    if refusal is not null then
        raise exception '%', refusal using errcode = 'integrity_constraint_violation';
    end if;
end
$$;

-- On the record's own table (argument: its kind): closing it passes (the old row is open),
-- changing or deleting a closed one does not.
create function refuse_change_of_closed_record() returns trigger language plpgsql as $$
declare
    refusal text := closed_record_refusal(tg_argv[0], old.status);
begin
    if refusal is not null then
        raise exception '%', refusal using errcode = 'integrity_constraint_violation';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;

-- On a child table (arguments: the kind of record, the column holding its id): nothing added,
-- changed or removed under a closed record.
create function refuse_change_under_closed_record() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform refuse_under_closed_record(tg_argv[0], (to_jsonb(old) ->> tg_argv[1])::bigint);
    end if;
    if tg_op <> 'DELETE' then
        perform refuse_under_closed_record(tg_argv[0], (to_jsonb(new) ->> tg_argv[1])::bigint);
        return new;
    end if;
    return old;
end
$$;

-- Uploaded files belong to the record their folder names: «meeting-12», «assignment-7».
create function refuse_file_of_closed_record() returns trigger language plpgsql as $$
declare
    folder_row record;
begin
    for folder_row in select f.folder from (values (old.folder), (new.folder)) as f (folder)
            where f.folder ~ '^(meeting|assignment)-[0-9]+$' loop
        perform refuse_under_closed_record(split_part(folder_row.folder, '-', 1), split_part(folder_row.folder, '-', 2)::bigint);
    end loop;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;


-- The records themselves.
create trigger meeting_stays_closed before update or delete on meeting
    for each row execute function refuse_change_of_closed_record('meeting');
create trigger protocol_stays_closed before update or delete on protocol
    for each row execute function refuse_change_of_closed_record('protocol');
create trigger work_plan_stays_closed before update or delete on work_plan
    for each row execute function refuse_change_of_closed_record('work_plan');
create trigger assignment_stays_closed before update or delete on assignment
    for each row execute function refuse_change_of_closed_record('assignment');

-- Their rows.
create trigger agenda_proposal_stays_closed before insert or update or delete on agenda_proposal
    for each row execute function refuse_change_under_closed_record('meeting', 'meeting_id');
create trigger agenda_item_stays_closed before insert or update or delete on agenda_item
    for each row execute function refuse_change_under_closed_record('meeting', 'meeting_id');
create trigger meeting_attendee_stays_closed before insert or update or delete on meeting_attendee
    for each row execute function refuse_change_under_closed_record('meeting', 'meeting_id');
create trigger meeting_guest_stays_closed before insert or update or delete on meeting_guest
    for each row execute function refuse_change_under_closed_record('meeting', 'meeting_id');
create trigger agenda_record_stays_closed before insert or update or delete on agenda_record
    for each row execute function refuse_change_under_closed_record('meeting', 'meeting_id');
create trigger decision_stays_closed before insert or update or delete on decision
    for each row execute function refuse_change_under_closed_record('meeting', 'meeting_id');
create trigger written_decision_stays_closed before insert or update or delete on written_decision
    for each row execute function refuse_change_under_closed_record('meeting', 'meeting_id');
create trigger ballot_stays_closed before insert or update or delete on ballot
    for each row execute function refuse_change_under_closed_record('meeting', 'meeting_id');
create trigger protocol_signature_stays_closed before insert or update or delete on protocol_signature
    for each row execute function refuse_change_under_closed_record('protocol', 'meeting_id');
create trigger plan_task_stays_closed before insert or update or delete on plan_task
    for each row execute function refuse_change_under_closed_record('work_plan', 'plan_id');
create trigger plan_section_stays_closed before insert or update or delete on plan_section
    for each row execute function refuse_change_under_closed_record('work_plan', 'plan_id');
create trigger plan_item_stays_closed before insert or update or delete on plan_item
    for each row execute function refuse_change_under_closed_record('work_plan', 'plan_id');
create trigger assignment_report_stays_closed before insert or update or delete on assignment_report
    for each row execute function refuse_change_under_closed_record('assignment', 'assignment_id');
create trigger assignment_extension_stays_closed before insert or update or delete on assignment_extension
    for each row execute function refuse_change_under_closed_record('assignment', 'assignment_id');
create trigger stored_file_stays_closed before insert or update or delete on stored_file
    for each row execute function refuse_file_of_closed_record();

-- The approved plan's PDF and the director's verdict are written as it is approved, and never after.
create trigger plan_document_stays_closed before update or delete on plan_document
    for each row execute function refuse_change_under_closed_record('work_plan', 'plan_id');
create trigger plan_review_stays_closed before update or delete on plan_review
    for each row execute function refuse_change_under_closed_record('work_plan', 'plan_id');
