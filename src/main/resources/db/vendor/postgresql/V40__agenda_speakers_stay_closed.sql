create trigger agenda_speaker_stays_closed before insert or update or delete on agenda_speaker
    for each row execute function refuse_change_under_closed_record('meeting', 'meeting_id');
