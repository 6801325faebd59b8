package it.scacchiera.persistence;

import it.scacchiera.floorplan.DeskId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The plan_pin rows of one plan, in their saved order. */
final class PinTable {
    private PinTable() {}

    static void replace(Connection connection, long planId, List<Pin> pins) throws SQLException {
        try (var delete = connection.prepareStatement("DELETE FROM plan_pin WHERE plan_id = ?")) {
            delete.setLong(1, planId);
            delete.executeUpdate();
        }
        try (var insert = connection.prepareStatement("INSERT INTO plan_pin"
                + " (plan_id, line_no, operator_id, work_date, day_off, shift, location, room, desk, service)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int line = 0; line < pins.size(); line++) {
                Pin pin = pins.get(line);
                insert.setLong(1, planId);
                insert.setInt(2, line);
                insert.setString(3, pin.operatorId());
                insert.setObject(4, pin.date());
                insert.setBoolean(5, pin.dayOff());
                insert.setString(6, pin.shift());
                var office = pin.location() instanceof PinnedLocation.Office o ? o : null;
                insert.setString(7, kind(pin.location()));
                insert.setString(8, office == null ? null : office.room());
                insert.setString(9, office == null ? null : office.desk().label());
                insert.setString(10, pin.service());
                insert.addBatch();
                if ((line + 1) % EntryTable.BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    static List<Pin> select(Connection connection, long planId) throws SQLException {
        try (var select = connection.prepareStatement("SELECT operator_id, work_date, day_off, shift, location, room,"
                + " desk, service FROM plan_pin WHERE plan_id = ? ORDER BY line_no")) {
            select.setLong(1, planId);
            try (ResultSet rows = select.executeQuery()) {
                var pins = new ArrayList<Pin>();
                while (rows.next()) {
                    pins.add(new Pin(
                            rows.getString("operator_id"),
                            rows.getObject("work_date", LocalDate.class),
                            rows.getBoolean("day_off"),
                            rows.getString("shift"),
                            location(rows),
                            rows.getString("service")));
                }
                return pins;
            }
        }
    }

    private static String kind(PinnedLocation location) {
        if (location instanceof PinnedLocation.Office) {
            return "OFFICE";
        }
        return location instanceof PinnedLocation.Remote ? "REMOTE" : "ANY";
    }

    private static PinnedLocation location(ResultSet row) throws SQLException {
        String kind = row.getString("location");
        return switch (kind) {
            case "OFFICE" -> PinnedLocation.office(row.getString("room"), DeskId.parse(row.getString("desk")));
            case "REMOTE" -> PinnedLocation.REMOTE;
            case "ANY" -> PinnedLocation.ANY;
            default -> throw new SQLException("unknown pin location '" + kind + "'");
        };
    }
}
