package org.sovet.directory;

/**
 * A council's regulation (положение) as Sovet applies it.
 *
 * @param academicYearNumbering protocols are numbered within the academic year (from 1 September)
 *     instead of the calendar year
 * @param quorumPercent share of voting members that must take part, exceeded strictly
 * @param qualifiedPercent majority some decisions need, reached or exceeded
 * @param signers who signs the protocols of sessions: CHAIR_SECRETARY or CURATOR_SECRETARY
 * @param proposalDays how many days members have to propose agenda items by default
 * @param reminderDays how many days before a meeting the reminder goes out
 */
public record CouncilSettings(
        String clusterId,
        boolean academicYearNumbering,
        int quorumPercent,
        int qualifiedPercent,
        String signers,
        int proposalDays,
        int reminderDays) {

    public static CouncilSettings defaults(String clusterId) {
        return new CouncilSettings(clusterId, false, 50, 67, "CHAIR_SECRETARY", 7, 1);
    }
}
