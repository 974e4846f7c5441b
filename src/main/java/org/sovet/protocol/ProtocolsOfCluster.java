package org.sovet.protocol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sovet.common.RecordRows;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every protocol of a cluster at once, for the archive: three queries whatever the number of meetings (one query
 * per meeting made a cluster's page of 500 meetings run thousands).
 */
@Component
public class ProtocolsOfCluster {

    private static final String OF_CLUSTER = " where meeting_id in (select id from meeting where cluster_id = ?)";
    private static final RowMapper<ProtocolAnnex> ANNEX = RecordRows.of(ProtocolAnnex.class);

    private final JdbcClient jdbc;

    ProtocolsOfCluster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The protocols without their files, by meeting id; a meeting without a protocol yet is absent. */
    public Map<Long, ProtocolSummary> summaries(String clusterId) {
        Map<Long, List<ProtocolSignature>> signatures = new HashMap<>();
        jdbc.sql("select meeting_id, " + ProtocolRepository.SIGNATURE_COLUMNS + " from protocol_signature" + OF_CLUSTER
                        + " order by signed_at")
                .param(clusterId)
                .query(rs -> {
                    signatures.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(ProtocolRepository.signature(rs, 2));
                });
        Map<Long, ProtocolSummary> summaries = new HashMap<>();
        jdbc.sql("select meeting_id, " + ProtocolRepository.SUMMARY_COLUMNS + " from protocol" + OF_CLUSTER).param(clusterId)
                .query(rs -> {
                    long meetingId = rs.getLong(1);
                    summaries.put(meetingId, ProtocolRepository.summary(rs, 2, signatures.getOrDefault(meetingId, List.of())));
                });
        return summaries;
    }

    /** The annexes as listed (without their files), by meeting id. */
    public Map<Long, List<ProtocolAnnex>> annexes(String clusterId) {
        Map<Long, List<ProtocolAnnex>> annexes = new HashMap<>();
        jdbc.sql("select meeting_id, " + AnnexRepository.LISTED_COLUMNS + " from protocol_annex" + OF_CLUSTER
                        + " order by meeting_id, number")
                .param(clusterId)
                .query(rs -> {
                    annexes.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(ANNEX.mapRow(rs, 0));
                });
        return annexes;
    }
}
