package org.sovet.protocol;

import java.time.Instant;
import org.sovet.directory.CouncilRole;

/** One signature under a protocol: who signed, in which capacity, when. */
public record ProtocolSignature(String signerId, CouncilRole role, Instant signedAt) {}
