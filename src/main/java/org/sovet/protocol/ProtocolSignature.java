package org.sovet.protocol;

import java.time.Instant;
import org.sovet.directory.CouncilRole;

/**
 * One signature under a protocol: who signed, in which capacity, when; {@code acting} when the signer
 * signed as a substitute («исполняющий обязанности»), fixed at signing as the signed document is.
 */
public record ProtocolSignature(String signerId, CouncilRole role, Instant signedAt, boolean acting) {

    /** «председатель Координационного Совета», or «исполняющий обязанности председателя …» for a substitute. */
    public String capacity() {
        return acting ? role.actingTitle() : role.title();
    }
}
