package org.sovet.directory;

/** A person as the directory page or a staff list gives them; {@code id} null for a new person. */
public record PersonForm(String id, String lastName, String firstName, String middleName, String email, String position,
                         String organizationId) {}
