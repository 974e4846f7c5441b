package org.sovet.audit;

import java.util.List;

/**
 * A record's audit trail.
 *
 * @param processes which version of each process ran: «Заседание Координационного Совета (councilMeeting), версия 1»
 * @param rules which version of each decision table was applied
 * @param removedAfterDays set when the history is gone: the council's retention that removed it
 */
public record Trail(AuditRecord record, List<String> processes, List<String> rules, List<TimelineEntry> entries,
             Integer removedAfterDays) {}
