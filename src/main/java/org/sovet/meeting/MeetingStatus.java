package org.sovet.meeting;

public enum MeetingStatus {
    PROPOSALS("Приём предложений в повестку"),
    AGENDA("Подготовка повестки"),
    INVITED("Приглашения разосланы"),
    CANCELLED("Отменено");

    private final String title;

    MeetingStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
