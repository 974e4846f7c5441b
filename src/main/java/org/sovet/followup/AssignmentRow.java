package org.sovet.followup;

import java.time.LocalDate;

/** One assignment as the assignments page lists it. */
public record AssignmentRow(long id, long meetingId, String clusterId, String cluster, int protocolNumber, String text, String owner, LocalDate dueDate, String dueText,
                            String status, boolean overdue, boolean onTime, String controllerId) {

    /** DONE, CANCELLED, OVERDUE, REPORTED or OPEN; a closed one is never overdue. */
    public String state() {
        return "DONE".equals(status) || "CANCELLED".equals(status) ? status : overdue ? "OVERDUE" : status;
    }

    /** Still to be carried out: cancelling or re-assigning makes sense only now. */
    public boolean inProgress() {
        return "OPEN".equals(status) || "REPORTED".equals(status);
    }

    public String stateTitle() {
        return switch (state()) {
            case "DONE" -> onTime ? "исполнено в срок" : "исполнено с опозданием";
            case "OVERDUE" -> "просрочено";
            case "REPORTED" -> "отчёт на проверке";
            case "CANCELLED" -> "отменено";
            default -> "исполняется";
        };
    }
}
