package org.sovet.common.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.api.Trigger;

/**
 * H2's guard that closed records stay closed, whatever SQL reaches the database (migration
 * db/vendor/h2; PostgreSQL has the same in plpgsql). On a record's own table it refuses updating
 * or deleting a closed row (moving a row into a closed state is how it closes); on a child table,
 * any row written under a closed record.
 */
public class ClosedRecordTrigger implements Trigger {

    /** A kind of record: its table, its id column, the states it is closed in, the refusal. */
    private record Kind(String table, String idColumn, Set<String> closed, String refusal) {}

    /** Whose rows a table holds: the kind of record (none: named by the file's folder) and the column naming it. */
    private record Owner(Kind kind, String column) {}

    private static final Kind MEETING = new Kind("MEETING", "ID", Set.of("SIGNED", "CANCELLED"),
            "Заседание закрыто (протокол подписан или заседание отменено) и не может быть изменено.");
    private static final Kind PROTOCOL = new Kind("PROTOCOL", "MEETING_ID", Set.of("SIGNED"),
            "Протокол подписан и не может быть изменён.");
    private static final Kind PLAN = new Kind("WORK_PLAN", "ID", Set.of("APPROVED"), "План утверждён и не может быть изменён.");
    private static final Kind ASSIGNMENT = new Kind("ASSIGNMENT", "ID", Set.of("DONE", "CANCELLED"),
            "Поручение закрыто (исполнено или отменено) и не может быть изменено.");

    /** Each guarded table and whose rows it holds; on a record's own table the row's status decides. */
    private static final Map<String, Owner> OWNERS = Map.ofEntries(
            Map.entry("MEETING", new Owner(MEETING, "ID")), Map.entry("PROTOCOL", new Owner(PROTOCOL, "MEETING_ID")),
            Map.entry("WORK_PLAN", new Owner(PLAN, "ID")), Map.entry("ASSIGNMENT", new Owner(ASSIGNMENT, "ID")),
            Map.entry("AGENDA_PROPOSAL", new Owner(MEETING, "MEETING_ID")), Map.entry("AGENDA_ITEM", new Owner(MEETING, "MEETING_ID")),
            Map.entry("AGENDA_SPEAKER", new Owner(MEETING, "MEETING_ID")),
            Map.entry("MEETING_ATTENDEE", new Owner(MEETING, "MEETING_ID")), Map.entry("MEETING_GUEST", new Owner(MEETING, "MEETING_ID")),
            Map.entry("AGENDA_RECORD", new Owner(MEETING, "MEETING_ID")), Map.entry("DECISION", new Owner(MEETING, "MEETING_ID")),
            Map.entry("WRITTEN_DECISION", new Owner(MEETING, "MEETING_ID")), Map.entry("BALLOT", new Owner(MEETING, "MEETING_ID")),
            Map.entry("PROTOCOL_SIGNATURE", new Owner(PROTOCOL, "MEETING_ID")),
            Map.entry("PROTOCOL_ANNEX", new Owner(PROTOCOL, "MEETING_ID")),
            Map.entry("PLAN_TASK", new Owner(PLAN, "PLAN_ID")), Map.entry("PLAN_SECTION", new Owner(PLAN, "PLAN_ID")),
            Map.entry("PLAN_ITEM", new Owner(PLAN, "PLAN_ID")), Map.entry("PLAN_DOCUMENT", new Owner(PLAN, "PLAN_ID")),
            Map.entry("PLAN_REVIEW", new Owner(PLAN, "PLAN_ID")),
            Map.entry("ASSIGNMENT_REPORT", new Owner(ASSIGNMENT, "ASSIGNMENT_ID")),
            Map.entry("ASSIGNMENT_EXTENSION", new Owner(ASSIGNMENT, "ASSIGNMENT_ID")),
            Map.entry("STORED_FILE", new Owner(null, "FOLDER")));

    /** Uploaded files belong to the record their folder names: «meeting-12», «assignment-7». */
    private static final Pattern FOLDER = Pattern.compile("(meeting|assignment)-(\\d+)");

    private Owner owner;
    private boolean ownTable;
    private final Map<String, Integer> columns = new HashMap<>();

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        owner = OWNERS.get(tableName);
        if (owner == null) {
            throw new SQLException("No closed-record rule for table " + tableName);
        }
        ownTable = owner.kind() != null && owner.kind().table().equals(tableName);
        try (ResultSet rs = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
            while (rs.next()) {
                columns.put(rs.getString("COLUMN_NAME"), rs.getInt("ORDINAL_POSITION") - 1);
            }
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (ownTable) {
            // the old row decides: closing (an open row becoming closed) passes, changing a closed one does not
            refuseIf(owner.kind(), oldRow == null ? null : (String) oldRow[columns.get("STATUS")]);
            return;
        }
        for (Object[] row : new Object[][] {oldRow, newRow}) {
            if (row != null) {
                refuseUnder(conn, row[columns.get(owner.column())]);
            }
        }
    }

    private void refuseUnder(Connection conn, Object value) throws SQLException {
        Kind kind = owner.kind();
        Object id = value;
        if (kind == null) {
            Matcher folder = FOLDER.matcher(String.valueOf(value));
            if (!folder.matches()) {
                return;
            }
            kind = folder.group(1).equals("meeting") ? MEETING : ASSIGNMENT;
            id = Long.valueOf(folder.group(2));
        }
        try (PreparedStatement status = conn.prepareStatement("select status from " + kind.table() + " where " + kind.idColumn() + " = ?")) {
            status.setObject(1, id);
            try (ResultSet rs = status.executeQuery()) {
                refuseIf(kind, rs.next() ? rs.getString(1) : null);
            }
        }
    }

    private static void refuseIf(Kind kind, String status) throws SQLException {
        if (status != null && kind.closed().contains(status)) {
            throw new SQLException(kind.refusal(), "23000");
        }
    }
}
