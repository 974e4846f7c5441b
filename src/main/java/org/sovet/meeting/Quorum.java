package org.sovet.meeting;

/**
 * The quorum as decided: voting members present (in writing: those who voted) out of the council's
 * voting members at the time. The rule version is null for a record made before versions were kept.
 */
public record Quorum(int present, int votingMembers, boolean reached, Integer ruleVersion) {}
