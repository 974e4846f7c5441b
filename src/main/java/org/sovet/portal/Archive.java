package org.sovet.portal;

import java.util.List;

/**
 * A page of a cluster's archive in sections, as found for one search; years are every year the cluster has
 * records of.
 */
record Archive(List<PlanRow> plans, List<MeetingRow> meetings, List<ProtocolRow> protocols, List<AssignmentLine> assignments,
               List<Integer> years, ArchivePage page) {

    public boolean empty() {
        return plans.isEmpty() && meetings.isEmpty() && protocols.isEmpty() && assignments.isEmpty();
    }
}
