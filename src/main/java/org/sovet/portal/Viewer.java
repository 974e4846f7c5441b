package org.sovet.portal;

/**
 * Who is looking at a page, as the shared header shows them.
 *
 * @param followsAssignments whether the assignments page is theirs (secretaries, chairs, supervisors)
 * @param seesFailedMail whether the page of failed notifications is theirs (supervisors, administrators, secretaries)
 * @param seesDirectory whether «Справочник» is theirs (administrators, secretaries and chairs, supervisors)
 * @param formToken the session's form token for «Выйти»; null for HTTP Basic callers, who have no session
 */
record Viewer(String fullName, boolean followsAssignments, boolean seesFailedMail, boolean seesDirectory, String formToken) {}
