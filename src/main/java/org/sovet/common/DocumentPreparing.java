package org.sovet.common;

/**
 * A document that is being rendered in the background and will be there shortly (a protocol's draft after the
 * session record). The message is Russian, for people; the answer says to come back rather than «not found».
 */
public class DocumentPreparing extends RuntimeException {

    public DocumentPreparing(String message) {
        super(message, null, false, false);
    }
}
