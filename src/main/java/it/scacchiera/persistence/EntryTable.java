package it.scacchiera.persistence;

import it.scacchiera.floorplan.DeskId;
import it.scacchiera.roster.ScheduleEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The plan_entry rows of one plan: the schedule CSV's rows, in their saved order. */
final class EntryTable {
    /** Rows sent per round trip: a month of a large site is tens of thousands of rows. */
    static final int BATCH = 1000;

    private EntryTable() {}

    static void replace(Connection connection, long planId, List<ScheduleEntry> entries) throws SQLException {
        try (var delete = connection.prepareStatement("DELETE FROM plan_entry WHERE plan_id = ?")) {
            delete.setLong(1, planId);
            delete.executeUpdate();
        }
        try (var insert = connection.prepareStatement("INSERT INTO plan_entry (plan_id, line_no, work_date, shift,"
                + " start_time, end_time, operator_id, operator_name, team, employer, service, room, desk, headset)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int line = 0; line < entries.size(); line++) {
                bind(insert, planId, line, entries.get(line));
                insert.addBatch();
                if ((line + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void bind(PreparedStatement insert, long planId, int line, ScheduleEntry entry) throws SQLException {
        insert.setLong(1, planId);
        insert.setInt(2, line);
        insert.setObject(3, entry.date());
        insert.setString(4, entry.shift());
        insert.setObject(5, entry.start());
        insert.setObject(6, entry.end());
        insert.setString(7, entry.operatorId());
        insert.setString(8, entry.operatorName());
        insert.setString(9, entry.team());
        insert.setString(10, entry.employer());
        insert.setString(11, entry.service());
        insert.setString(12, entry.room());
        insert.setString(13, entry.desk() == null ? null : entry.desk().label());
        insert.setString(14, entry.headset());
    }

    static List<ScheduleEntry> select(Connection connection, long planId) throws SQLException {
        try (var select = connection.prepareStatement("SELECT work_date, shift, start_time, end_time, operator_id,"
                + " operator_name, team, employer, service, room, desk, headset"
                + " FROM plan_entry WHERE plan_id = ? ORDER BY line_no")) {
            select.setLong(1, planId);
            try (ResultSet rows = select.executeQuery()) {
                var entries = new ArrayList<ScheduleEntry>();
                while (rows.next()) {
                    entries.add(entry(rows));
                }
                return entries;
            }
        }
    }

    private static ScheduleEntry entry(ResultSet row) throws SQLException {
        String desk = row.getString("desk");
        return new ScheduleEntry(
                row.getObject("work_date", LocalDate.class),
                row.getString("shift"),
                row.getObject("start_time", LocalTime.class),
                row.getObject("end_time", LocalTime.class),
                row.getString("operator_id"),
                row.getString("operator_name"),
                row.getString("team"),
                row.getString("employer"),
                row.getString("service"),
                row.getString("room"),
                desk == null ? null : DeskId.parse(desk),
                row.getString("headset"));
    }
}
