package org.sovet.portal;

/** Nothing to show, or nothing this person may see: the answer is the same, so nothing leaks. */
class NotFound extends RuntimeException {

    NotFound(String message) {
        super(message, null, false, false);
    }
}
