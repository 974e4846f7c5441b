package org.sovet.protocol;

import java.util.List;
import java.util.Optional;
import org.sovet.common.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The protocol's annexes with frozen copies of their files; the database refuses any write once it is signed (V33). */
@Repository
class AnnexRepository {

    /** An annex as listed, without its file: the columns of {@link ProtocolAnnex}. */
    static final String LISTED_COLUMNS = "number, material_id, title, sheets, file_name, content_type, sha256";

    private final JdbcClient jdbc;

    AnnexRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The secretary's whole list replaces the previous one, while the protocol is a draft or returned. */
    boolean replace(long meetingId, List<Annexed> annexes) {
        if (jdbc.sql("select count(*) from protocol where meeting_id = ? and status in ('DRAFT', 'SIGNING')")
                .param(meetingId).query(Integer.class).single() == 0) {
            return false;
        }
        jdbc.sql("delete from protocol_annex where meeting_id = ?").param(meetingId).update();
        for (Annexed a : annexes) {
            ProtocolAnnex annex = a.annex();
            jdbc.sql("insert into protocol_annex (meeting_id, number, material_id, title, sheets, file_name, content_type,"
                            + " content, sha256) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(meetingId, annex.number(), annex.materialId(), annex.title(), annex.sheets(), annex.fileName(),
                            annex.contentType(), a.content(), annex.sha256())
                    .update();
        }
        return true;
    }

    List<ProtocolAnnex> of(long meetingId) {
        return jdbc.sql("select " + LISTED_COLUMNS + " from protocol_annex where meeting_id = ? order by number")
                .param(meetingId).query(RecordRows.of(ProtocolAnnex.class)).list();
    }

    Optional<byte[]> content(long meetingId, int number) {
        return jdbc.sql("select content from protocol_annex where meeting_id = ? and number = ?").params(meetingId, number)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** An annex with its file, as stored. */
    record Annexed(ProtocolAnnex annex, byte[] content) {}
}
