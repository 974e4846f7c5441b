package org.sovet.plan;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.sovet.common.Hashes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The approved plan's PDF, stored once with its SHA-256 and never replaced. */
@Repository
class PlanDocuments {

    private final JdbcClient jdbc;

    PlanDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void store(long planId, String fileName, byte[] pdf, Instant now) {
        jdbc.sql("insert into plan_document (plan_id, file_name, content, sha256, created_at) values (?, ?, ?, ?, ?)")
                .params(planId, fileName, pdf, Hashes.sha256(pdf), now.atOffset(ZoneOffset.UTC)).update();
    }

    Optional<StoredDocument> find(long planId) {
        return jdbc.sql("select file_name, content, sha256 from plan_document where plan_id = ?").param(planId)
                .query((rs, n) -> new StoredDocument(rs.getString(1), rs.getBytes(2), rs.getString(3)))
                .optional();
    }

    record StoredDocument(String fileName, byte[] content, String sha256) {}
}
