package org.sovet.meeting;

/** The session's opening and closing words. */
public record SessionNarrative(String opening, String closing) {}
