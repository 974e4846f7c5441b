package org.sovet.common;

/**
 * A document or record that does not exist, or that the reader may not see (the same answer, so
 * nothing leaks). The message is Russian, for people: a browser gets it as the portal's page, an API
 * client as JSON.
 */
public class RecordNotFound extends RuntimeException {

    public RecordNotFound(String message) {
        super(message, null, false, false);
    }
}
