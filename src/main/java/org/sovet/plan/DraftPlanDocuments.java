package org.sovet.plan;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The «проект» PDF of a plan not yet approved, kept with the SHA-256 of the XHTML it was rendered from: a plan
 * viewed again unchanged is not rendered again. Nothing of the record: a changed plan's view replaces it.
 */
@Repository
class DraftPlanDocuments {

    private final JdbcClient jdbc;
    private final Clock clock;

    DraftPlanDocuments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<byte[]> find(long planId, String sourceSha256) {
        return jdbc.sql("select content from plan_draft_document where plan_id = ? and source_sha256 = ?")
                .params(planId, sourceSha256).query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Two people opening the same new version at once both render it; either's file will do. */
    void store(long planId, String sourceSha256, byte[] pdf) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        if (jdbc.sql("update plan_draft_document set source_sha256 = ?, content = ?, created_at = ? where plan_id = ?")
                .params(sourceSha256, pdf, now, planId).update() == 0) {
            try {
                jdbc.sql("insert into plan_draft_document (plan_id, source_sha256, content, created_at) values (?, ?, ?, ?)")
                        .params(planId, sourceSha256, pdf, now).update();
            } catch (DuplicateKeyException concurrent) {
                // the other view stored the same version: nothing is lost
            }
        }
    }

    /** Approved: the stored, signed-off PDF is the plan's file from now on. */
    void forget(long planId) {
        jdbc.sql("delete from plan_draft_document where plan_id = ?").param(planId).update();
    }
}
