package org.sovet.portal;

/**
 * Who is looking at a page, as the shared header shows them.
 *
 * @param followsAssignments whether the assignments page is theirs (secretaries, chairs, supervisors)
 * @param formToken the session's form token for «Выйти»; null for HTTP Basic callers, who have no session
 */
record Viewer(String fullName, boolean followsAssignments, String formToken) {}
