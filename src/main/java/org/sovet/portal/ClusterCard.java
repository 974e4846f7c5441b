package org.sovet.portal;

import org.sovet.directory.Cluster;

/** A cluster on the portal's first page, with the counts of its archive. */
record ClusterCard(Cluster cluster, String anchorSchool, long approvedPlans, long meetings, long signedProtocols,
                   long openAssignments, long overdueAssignments) {}
