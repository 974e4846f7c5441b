package org.sovet.meeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a search of the archive looks into, for all of a cluster's meetings at once: their agenda items' titles and
 * their decisions' texts (two queries, not two a meeting).
 */
@Component
public class MeetingTexts {

    private static final String OF_CLUSTER = " where meeting_id in (select id from meeting where cluster_id = ?)";

    private final JdbcClient jdbc;

    MeetingTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By meeting id: the agenda titles in their order, then the decisions in theirs. */
    public Map<Long, List<String>> ofCluster(String clusterId) {
        Map<Long, List<String>> texts = new HashMap<>();
        jdbc.sql("select meeting_id, title from agenda_item" + OF_CLUSTER + " order by meeting_id, position").param(clusterId)
                .query(rs -> {
                    texts.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        jdbc.sql("select meeting_id, text from decision" + OF_CLUSTER + " order by meeting_id, item_position, position").param(clusterId)
                .query(rs -> {
                    texts.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        return texts;
    }
}
