package org.sovet.audit;

import java.time.Instant;

/**
 * A line of the trail before it is placed in time.
 *
 * @param order where it stands among the steps of the same instant (several happen in one command)
 */
record Happening(Instant at, double order, String process, String step, String actor, String waited, String outcome) {}
