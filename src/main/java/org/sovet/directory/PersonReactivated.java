package org.sovet.directory;

/** A deactivated person got their access back; their old password stays void (published inside that transaction). */
public record PersonReactivated(String personId, String actor) {}
