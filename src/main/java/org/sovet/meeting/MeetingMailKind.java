package org.sovet.meeting;

/** What a meeting mail says; the model's mail tasks name it in their "mailKind" input. */
enum MeetingMailKind {
    INVITATION("Приглашение"),
    REMINDER("Напоминание"),
    UPDATE("Заседание перенесено"),
    CANCELLATION("Заседание отменено"),
    BALLOT_REMINDER("Напоминание о заочном голосовании");

    private final String subject;

    MeetingMailKind(String subject) {
        this.subject = subject;
    }

    String subject() {
        return subject;
    }
}
