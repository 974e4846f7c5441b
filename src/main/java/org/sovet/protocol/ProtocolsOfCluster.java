package org.sovet.protocol;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sovet.common.RecordRows;
import org.sovet.directory.CouncilRole;
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
        jdbc.sql("select meeting_id, signer_id, role, signed_at, acting from protocol_signature" + OF_CLUSTER + " order by signed_at")
                .param(clusterId)
                .query(rs -> {
                    signatures.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new ProtocolSignature(rs.getString(2),
                            CouncilRole.valueOf(rs.getString(3)), rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getBoolean(5)));
                });
        Map<Long, ProtocolSummary> summaries = new HashMap<>();
        jdbc.sql("select meeting_id, status, sha256, signed_at, preparing from protocol" + OF_CLUSTER).param(clusterId)
                .query(rs -> {
                    OffsetDateTime signedAt = rs.getObject(4, OffsetDateTime.class);
                    long meetingId = rs.getLong(1);
                    summaries.put(meetingId, new ProtocolSummary(rs.getString(2), rs.getString(3),
                            signedAt == null ? null : signedAt.toInstant(), signatures.getOrDefault(meetingId, List.of()), rs.getBoolean(5)));
                });
        return summaries;
    }

    /** The annexes as listed (without their files), by meeting id. */
    public Map<Long, List<ProtocolAnnex>> annexes(String clusterId) {
        Map<Long, List<ProtocolAnnex>> annexes = new HashMap<>();
        jdbc.sql("select meeting_id, number, material_id, title, sheets, file_name, content_type, sha256 from protocol_annex"
                        + OF_CLUSTER + " order by meeting_id, number")
                .param(clusterId)
                .query(rs -> {
                    annexes.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(ANNEX.mapRow(rs, 0));
                });
        return annexes;
    }
}
