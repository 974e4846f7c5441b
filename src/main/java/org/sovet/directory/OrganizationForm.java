package org.sovet.directory;

/** An organization of a cluster as its page gives it; {@code id} null for a new one. */
public record OrganizationForm(String id, String shortName, String fullName, boolean anchor) {}
