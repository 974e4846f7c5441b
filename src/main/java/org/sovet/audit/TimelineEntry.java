package org.sovet.audit;

/** One line of the audit trail as the page and the CSV show it; everything in Russian. */
public record TimelineEntry(String when, String process, String step, String actor, String waited, String outcome) {}
