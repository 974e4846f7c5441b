package org.sovet.portal;

/**
 * One failed notification as the page shows it.
 *
 * @param since the first failure, «30.11.2026 21:40» in the council's time zone
 * @param reason what went wrong in Russian; {@code error} is the engine's own message after it
 */
record FailedMailLine(String jobId, String cluster, String what, String record, String recipient, String since,
                      String reason, String error, int retriesLeft, boolean incident) {}
