-- Closed records stay closed, whatever SQL reaches the database: a signed meeting or protocol, an
-- approved plan, a finished or cancelled assignment, and every row belonging to one. The rules are
-- in org.sovet.common.h2.ClosedRecordTrigger (PostgreSQL: the same in plpgsql, db/vendor/postgresql).

-- The record itself: closing it passes (the old row is open), changing or deleting a closed one does not.
create trigger meeting_stays_closed before update, delete on meeting for each row call "org.sovet.common.h2.ClosedRecordTrigger";
create trigger protocol_stays_closed before update, delete on protocol for each row call "org.sovet.common.h2.ClosedRecordTrigger";
create trigger work_plan_stays_closed before update, delete on work_plan for each row call "org.sovet.common.h2.ClosedRecordTrigger";
create trigger assignment_stays_closed before update, delete on assignment for each row call "org.sovet.common.h2.ClosedRecordTrigger";

-- Its rows: nothing added, changed or removed under a closed record.
create trigger agenda_proposal_stays_closed before insert, update, delete on agenda_proposal for each row call "org.sovet.common.h2.ClosedRecordTrigger";
create trigger agenda_item_stays_closed before insert, update, delete on agenda_item for each row call "org.sovet.common.h2.ClosedRecordTrigger";
create trigger meeting_attendee_stays_closed before insert, update, delete on meeting_attendee for each row call "org.sovet.common.h2.ClosedRecordTrigger";
create trigger meeting_guest_stays_closed before insert, update, delete on meeting_guest for each row call "org.sovet.common.h2.ClosedRecordTrigger";
create trigger agenda_record_stays_closed before insert, update, delete on agenda_record for each row call "org.sovet.common.h2.ClosedRecordTrigger";
create trigger decision_stays_closed before insert, update, delete on decision for each row call "org.sovet.common.h2.ClosedRecordTrigger";
create trigger written_decision_stays_closed before insert, update, delete on written_decision for each row call "org.sovet.common.h2.ClosedRecordTrigger";
create trigger ballot_stays_closed before insert, update, delete on ballot for each row call "org.sovet.common.h2.ClosedRecordTrigger";
create trigger protocol_signature_stays_closed before insert, update, delete on protocol_signature for each row call "org.sovet.common.h2.ClosedRecordTrigger";
create trigger plan_task_stays_closed before insert, update, delete on plan_task for each row call "org.sovet.common.h2.ClosedRecordTrigger";
create trigger plan_section_stays_closed before insert, update, delete on plan_section for each row call "org.sovet.common.h2.ClosedRecordTrigger";
create trigger plan_item_stays_closed before insert, update, delete on plan_item for each row call "org.sovet.common.h2.ClosedRecordTrigger";
create trigger assignment_report_stays_closed before insert, update, delete on assignment_report for each row call "org.sovet.common.h2.ClosedRecordTrigger";
create trigger assignment_extension_stays_closed before insert, update, delete on assignment_extension for each row call "org.sovet.common.h2.ClosedRecordTrigger";
create trigger stored_file_stays_closed before insert, update, delete on stored_file for each row call "org.sovet.common.h2.ClosedRecordTrigger";

-- The approved plan's PDF and the director's verdict are written as it is approved, and never after.
create trigger plan_document_stays_closed before update, delete on plan_document for each row call "org.sovet.common.h2.ClosedRecordTrigger";
create trigger plan_review_stays_closed before update, delete on plan_review for each row call "org.sovet.common.h2.ClosedRecordTrigger";
