package org.sovet.protocol;

import java.time.Instant;
import java.util.List;

/**
 * A protocol without its files: what archives and lists show.
 *
 * @param status DRAFT, SIGNING or SIGNED
 * @param sha256 the signed PDF's SHA-256; null until signed
 * @param preparing the draft is being rendered after the session record (a job): no files to show yet
 */
public record ProtocolSummary(String status, String sha256, Instant signedAt, List<ProtocolSignature> signatures,
                              boolean preparing) {

    public boolean signed() {
        return "SIGNED".equals(status);
    }
}
