package org.sovet.common;

/**
 * A change to a record that is closed for good: a signed meeting or protocol, an approved plan,
 * a finished or cancelled assignment. Nothing in Sovet reopens one, whatever a process asks.
 */
public class ClosedRecordException extends InputRejectedException {

    public ClosedRecordException(String problem) {
        super(problem);
    }
}
