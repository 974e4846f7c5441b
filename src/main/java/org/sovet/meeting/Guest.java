package org.sovet.meeting;

/** An invited person who may speak but does not vote. */
public record Guest(String name, String position, String organization) {}
