package org.sovet.plan;

import java.time.LocalDate;

/** A council meeting the approved plan schedules; the secretary turns it into a real meeting. */
public record PlannedMeeting(long id, String clusterId, long planId, LocalDate plannedDate, String label, String status) {}
