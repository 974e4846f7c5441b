package org.sovet.meeting;

public enum MeetingStatus {
    PROPOSALS("Приём предложений в повестку"),
    AGENDA("Подготовка повестки"),
    INVITED("Приглашения разосланы"),
    HELD("Проведено, протокол готовится"),
    /** The secretary went back from the draft protocol to correct the session record. */
    CORRECTING("Проведено, запись заседания исправляется"),
    SIGNING("Протокол на подписи"),
    SIGNED("Протокол подписан"),
    CANCELLED("Отменено");

    private final String title;

    MeetingStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
