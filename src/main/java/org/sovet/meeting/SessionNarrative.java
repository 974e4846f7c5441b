package org.sovet.meeting;

/** The session's opening and closing words, and the attendance as a count when names are not listed. */
public record SessionNarrative(String opening, String closing, String attendanceNote) {}
