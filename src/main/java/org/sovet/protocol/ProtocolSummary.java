package org.sovet.protocol;

import java.time.Instant;
import java.util.List;

/**
 * A protocol without its files: what archives and lists show.
 *
 * @param status DRAFT, SIGNING or SIGNED
 * @param sha256 the signed PDF's SHA-256; null until signed
 */
public record ProtocolSummary(String status, String sha256, Instant signedAt, List<ProtocolSignature> signatures) {

    public boolean signed() {
        return "SIGNED".equals(status);
    }
}
