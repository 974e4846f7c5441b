package org.sovet.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Fills a stopped Sovet's database to the size the read targets speak of, by copying what its processes really
 * created: every open process instance (executions, variables and their byte arrays, user tasks with their identity
 * links and task authorizations) is copied into other clusters (tenants {@code c<n>b0002}…, their people and groups
 * renamed alike, each tenant with the supervisors group as Sovet's own clusters have), and the measured cluster's
 * meetings (with agenda, attendance, decisions, protocol, signatures, assignments) are copied within it. The
 * engine's history is not copied: the audit page is read for the meetings really held.
 */
final class Preload {

    /** Copies carry this in their string ids; the originals are what is copied. */
    private static final String MARK = "~";
    private static final long ID_STEP = 100_000;
    private static final String NUMBERS = "BENCH_COPY";
    private static final List<String> ENGINE_IDS = List.of("ID_", "EXECUTION_ID_", "PROC_INST_ID_", "PARENT_ID_", "SUPER_EXEC_",
            "ROOT_PROC_INST_ID_", "TASK_ID_", "PARENT_TASK_ID_", "VAR_SCOPE_", "BYTEARRAY_ID_");
    private static final List<String> ENGINE_PEOPLE = List.of("TENANT_ID_", "ASSIGNEE_", "OWNER_", "USER_ID_", "GROUP_ID_");
    private static final List<String> DOMAIN_IDS = List.of("ID", "MEETING_ID", "DECISION_ID", "MATERIAL_ID", "PROTOCOL_NUMBER");

    private final Connection connection;

    Preload(Connection connection) {
        this.connection = connection;
    }

    /** Open user tasks copied until there are at least {@code target}; the number there is. */
    long tasks(long target) throws SQLException {
        long open = count("select count(*) from ACT_RU_TASK");
        numbers(open == 0 ? 0 : (target - open + open - 1) / open);
        String suffix = "'" + MARK + "' || C.N";
        String people = "'c' || C.N || 'b0'";
        Function<String, String> engine = column -> ENGINE_IDS.contains(column) ? "T." + column + " || " + suffix
                : ENGINE_PEOPLE.contains(column) ? "replace(T." + column + ", 'b0', " + people + ")" : "T." + column;
        foreignKeys(false);
        copy("ACT_RU_EXECUTION", engine, "1 = 1");
        // each copy has its own byte arrays (JSON variables): a shared one could not be deleted when the original moves on
        copy("ACT_GE_BYTEARRAY", engine, "T.ID_ in (select BYTEARRAY_ID_ from ACT_RU_VARIABLE)");
        copy("ACT_RU_VARIABLE", engine, "1 = 1");
        copy("ACT_RU_TASK", engine, "1 = 1");
        copy("ACT_RU_IDENTITYLINK", engine, "T.TASK_ID_ is not null");
        copy("ACT_RU_AUTHORIZATION", column -> "RESOURCE_ID_".equals(column) || "ID_".equals(column) ? "T." + column + " || " + suffix
                : engine.apply(column), "T.RESOURCE_TYPE_ = 7 and T.RESOURCE_ID_ in (select ID_ from ACT_RU_TASK)");
        copy("ACT_ID_TENANT", column -> "ID_".equals(column) || "NAME_".equals(column) ? "replace(T." + column + ", 'b0', " + people + ")"
                : "T." + column, "T.ID_ like 'b0%'");
        copy("ACT_ID_TENANT_MEMBER", column -> "ID_".equals(column) ? "T." + column + " || " + suffix
                : "TENANT_ID_".equals(column) ? "replace(T." + column + ", 'b0', " + people + ")" : "T." + column,
                "T.TENANT_ID_ like 'b0%' and T.GROUP_ID_ = 'supervisors'");
        foreignKeys(true);
        connection.commit();
        return count("select count(*) from ACT_RU_TASK");
    }

    /** The cluster's meetings copied until it has at least {@code target}; the number it has. */
    long meetings(String cluster, long target) throws SQLException {
        String originals = "select id from meeting where cluster_id = '" + cluster + "'";
        long held = count("select count(*) from (" + originals + ") m");
        numbers(held == 0 ? 0 : (target - held + held - 1) / held);
        Function<String, String> shifted = column -> DOMAIN_IDS.contains(column) ? "T." + column + " + C.N * " + ID_STEP : "T." + column;
        foreignKeys(false);
        // a copy has no process of its own: the meeting's process is found by its instance id, which stays the original's
        copy("MEETING", column -> "PROCESS_INSTANCE_ID".equals(column) ? "null" : shifted.apply(column), "T.id in (" + originals + ")");
        for (String table : tablesWith("MEETING_ID")) {
            copy(table, shifted, "T.meeting_id in (" + originals + ")");
        }
        foreignKeys(true);
        connection.commit();
        return count("select count(*) from meeting where cluster_id = '" + cluster + "'");
    }

    private void copy(String table, Function<String, String> value, String where) throws SQLException {
        List<String> columns = columns(table);
        String names = String.join(", ", columns);
        String values = String.join(", ", columns.stream().map(value).toList());
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into " + table + " (" + names + ") select " + values + " from " + table + " T cross join "
                    + NUMBERS + " C where " + where);
        }
    }

    /** The copies' numbers 1..n, in a table of the bench's that the copies are joined with (one statement a table). */
    private void numbers(long n) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists " + NUMBERS + " (N bigint primary key)");
            statement.execute("delete from " + NUMBERS);
        }
        try (var insert = connection.prepareStatement("insert into " + NUMBERS + " (N) values (?)")) {
            for (long i = 1; i <= n; i++) {
                insert.setLong(1, i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private List<String> columns(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select * from " + table + " where 1 = 0")) {
            for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                columns.add(rows.getMetaData().getColumnName(i).toUpperCase(Locale.ROOT));
            }
        }
        return columns;
    }

    private List<String> tablesWith(String column) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet found = connection.getMetaData().getColumns(null, null, "%", null)) {
            while (found.next()) {
                String schema = String.valueOf(found.getString("TABLE_SCHEM")).toLowerCase(Locale.ROOT);
                if (column.equalsIgnoreCase(found.getString("COLUMN_NAME")) && "public".equals(schema)) {
                    tables.add(found.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
                }
            }
        }
        return tables.stream().distinct().toList();
    }

    /** The copies are consistent among themselves; checking each row against its parent would only slow the load. */
    private void foreignKeys(boolean checked) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (connection.getMetaData().getDatabaseProductName().startsWith("H2")) {
                statement.execute("set referential_integrity " + checked);
            } else {
                statement.execute("set session_replication_role = " + (checked ? "origin" : "replica"));
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
