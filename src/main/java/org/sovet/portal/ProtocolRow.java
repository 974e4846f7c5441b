package org.sovet.portal;

import java.util.List;

/**
 * A meeting's protocol as the archive lists it.
 *
 * @param signatures «Воронцов А.Н., Председатель Координационного Совета, 18 декабря 2023», one per signer
 */
record ProtocolRow(long meetingId, int number, String date, boolean signed, String stateTitle, String tone, List<String> signatures) {}
