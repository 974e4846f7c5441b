package org.sovet.directory;

import java.util.List;

/**
 * A council's regulation (положение) as Sovet applies it.
 *
 * @param academicYearNumbering protocols are numbered within the academic year (from 1 September)
 *     instead of the calendar year
 * @param quorumPercent share of voting members that must take part, exceeded strictly
 * @param qualifiedPercent majority some decisions need, reached or exceeded
 * @param signers who signs the protocols of sessions: CHAIR_SECRETARY, CURATOR_SECRETARY or CHAIR alone
 * @param proposalDays how many days members have to propose agenda items by default
 * @param reminderDays how many days before a meeting the reminder goes out
 * @param dualRolesAllowed one person may hold two roles that check each other (draft and approve a
 *     plan, carry out and accept an assignment); off unless the council's regulation says so
 * @param historyRetentionDays how many days the process history of the council is kept after a process
 *     ends (its definitions' history time to live); the history cleanup removes it afterwards
 * @param cancelledFreeNumbers a cancelled meeting gives its protocol number back to the next meeting
 *     (if no later number was given): the council numbers protocols, not announced meetings
 * @param decisionsLayout how its protocols write the decisions: PER_ITEM («Решили» under each agenda item)
 *     or LIST (one numbered list, «Решение Координационного Совета: 1. … 2. …»)
 * @param writtenSigners who signs the protocols of meetings in writing: SECRETARY alone (the default), CHAIR,
 *     CHAIR_SECRETARY or CURATOR_SECRETARY
 */
public record CouncilSettings(
        String clusterId,
        boolean academicYearNumbering,
        int quorumPercent,
        int qualifiedPercent,
        String signers,
        int proposalDays,
        int reminderDays,
        int historyRetentionDays,
        boolean dualRolesAllowed,
        boolean cancelledFreeNumbers,
        String decisionsLayout,
        String writtenSigners) {

    /** The values {@code signers} and {@code writtenSigners} may take. */
    public static final List<String> SIGNER_CHOICES = List.of("SECRETARY", "CHAIR", "CHAIR_SECRETARY", "CURATOR_SECRETARY");

    /** Five years, the usual term for keeping a council's records. */
    public static final int DEFAULT_HISTORY_RETENTION_DAYS = 1825;

    public static CouncilSettings defaults(String clusterId) {
        return new CouncilSettings(clusterId, false, 50, 67, "CHAIR_SECRETARY", 7, 1, DEFAULT_HISTORY_RETENTION_DAYS, false, false,
                "PER_ITEM", "SECRETARY");
    }
}
