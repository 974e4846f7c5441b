package org.sovet.directory;

import java.time.LocalDate;

/** What a user enters to name a substitute: who is away in which role, who acts, from and to (inclusive). */
public record SubstitutionForm(String personId, CouncilRole role, String substituteId, LocalDate from, LocalDate to) {}
