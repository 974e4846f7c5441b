package org.sovet.portal;

import java.util.List;
import org.sovet.protocol.ProtocolAnnex;

/**
 * A meeting's protocol as the archive lists it.
 *
 * @param signatures «Воронцов А.Н., Председатель Координационного Совета, 18 декабря 2023», one per signer
 * @param preparing its draft is being rendered after the session record: no files to offer yet
 * @param annexes its annexes, each downloaded at /protocols/{meetingId}/annexes/{number}
 */
record ProtocolRow(long meetingId, int number, String date, boolean signed, boolean preparing, String stateTitle, String tone, List<String> signatures,
                   List<ProtocolAnnex> annexes) {}
