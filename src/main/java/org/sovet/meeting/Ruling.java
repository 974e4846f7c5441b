package org.sovet.meeting;

/** What a council rule (DMN decision) answered, and the version of the rule that answered it. */
record Ruling(boolean result, int ruleVersion) {}
