-- Attendance in two parts: the council members present (names in meeting_attendee, or only their number in
-- present_voting) and the wider audience (attendance_note: «15 педагогов из 11 образовательных организаций»),
-- with, when the audience voted, how many of those present voted: the limit of each decision's vote counts.
alter table meeting add column audience_voters integer;
