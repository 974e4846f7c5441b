package org.sovet.plan;

public enum PlanStatus {
    DRAFT("Черновик"),
    IN_REVIEW("На утверждении"),
    RETURNED("Возвращён на доработку"),
    APPROVED("Утверждён"),
    /** The approval process was cancelled before approval; the year is free for a new plan. */
    WITHDRAWN("Отозван");

    private final String title;

    PlanStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
