create trigger agenda_speaker_stays_closed before insert, update, delete on agenda_speaker for each row call "org.sovet.common.h2.ClosedRecordTrigger";
