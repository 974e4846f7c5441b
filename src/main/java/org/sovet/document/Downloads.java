package org.sovet.document;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every file Sovet hands out — uploads, mail attachments, plans, protocols, CSV — goes through here:
 * always a download with its Cyrillic name intact (RFC 5987 {@code filename*}), never rendered by the
 * browser on our origin, so an uploaded HTML or SVG cannot run script with the reader's session.
 */
public final class Downloads {

    private Downloads() {}

    public static ResponseEntity<byte[]> attachment(String fileName, String contentType, byte[] content) {
        return ResponseEntity.ok().headers(headers(fileName, contentType)).body(content);
    }

    /** The headers of a download, for a response that adds its own (the plan's SHA-256). */
    public static HttpHeaders headers(String fileName, String contentType) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(mediaType(contentType));
        headers.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
        // the browser must not guess HTML from the bytes, and whatever it opens has no origin to act in
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", "sandbox");
        return headers;
    }

    /** A content type recorded from elsewhere (a mail part) may be garbage: it is then just bytes. */
    private static MediaType mediaType(String contentType) {
        try {
            return contentType == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
