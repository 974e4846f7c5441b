package org.sovet.plan;

import java.time.Instant;
import java.time.LocalDate;

/** A cluster's annual work plan as stored in work_plan. */
public record WorkPlan(
        long id,
        String clusterId,
        int planYear,
        PlanStatus status,
        String goal,
        String processInstanceId,
        String createdBy,
        Instant createdAt,
        Instant submittedAt,
        String orderNumber,
        LocalDate orderDate,
        String approvedBy,
        Instant approvedAt,
        int reviewRound) {

    public boolean approved() {
        return status == PlanStatus.APPROVED;
    }
}
