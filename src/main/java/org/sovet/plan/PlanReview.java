package org.sovet.plan;

import java.time.Instant;

/** One round of the director's review: approved, or returned with remarks. */
public record PlanReview(int round, String decision, String remarks, String reviewer, Instant decidedAt) {}
