package org.sovet.meeting;

/**
 * The quorum as decided: voting members present, by name or by number (in writing: those who voted), out of the
 * council's voting members at the time. The rule version is null for a record made before versions were kept. There is
 * none when only the audience was recorded: no quorum was established (see {@link Attendance}).
 */
public record Quorum(int present, int votingMembers, boolean reached, Integer ruleVersion) {}
