package org.sovet.meeting;

public enum MeetingStatus {
    PROPOSALS("Приём предложений в повестку"),
    AGENDA("Подготовка повестки"),
    INVITED("Приглашения разосланы"),
    HELD("Проведено, протокол готовится"),
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
