package org.sovet.meeting;

import java.util.List;

/**
 * Who attended a session, in two parts; either may be all the council records.
 * <ul>
 *   <li>The council members present: by name ({@code memberIds}) or, when the council lists no names, as a number
 *   ({@code membersCount}); never both. Only this part establishes a quorum: the quorum rule is evaluated on it.</li>
 *   <li>The wider audience (teachers, staff of the member organizations) as the council writes it
 *   ({@code audience}: «15 педагогов из 11 образовательных организаций») and, when they voted, how many of those
 *   present voted ({@code audienceVoters}).</li>
 * </ul>
 * With the audience alone no quorum is established: no quorum or adoption rule is evaluated and the protocol
 * claims neither, it prints the counts as recorded.
 *
 * @param memberIds the council members present by name, empty when not listed
 * @param membersCount their number when the names are not listed, else null
 * @param audience the wider audience as written, null when not recorded
 * @param audienceVoters how many of those present voted, null when only council members voted
 */
public record Attendance(List<String> memberIds, Integer membersCount, String audience, Integer audienceVoters) {

    public Attendance {
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
    }

    /** The council members present, by name or by number; null when this part was not recorded. */
    public Integer membersPresent() {
        return memberIds.isEmpty() ? membersCount : Integer.valueOf(memberIds.size());
    }

    /** Whether the record establishes who of the council was present, so the quorum rule can answer. */
    public boolean membersRecorded() {
        return membersPresent() != null;
    }

    /** Who could vote, the limit of a decision's counts: the audience's voters if they voted, else the members present. */
    public Integer couldVote() {
        return audienceVoters != null ? audienceVoters : membersPresent();
    }
}
