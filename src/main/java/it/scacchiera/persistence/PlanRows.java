package it.scacchiera.persistence;

import it.scacchiera.roster.Horizon;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads rows of the {@code plan} table as {@link PlanSummary}s. */
final class PlanRows {
    static final String COLUMNS = "id, site_id, site_name, horizon_from, horizon_weeks, label, status, score,"
            + " remote_employers, sanitize_minutes, created_at, updated_at, version";

    private PlanRows() {}

    static Optional<PlanSummary> byId(Connection connection, long id) throws SQLException {
        try (var select = connection.prepareStatement("SELECT " + COLUMNS + " FROM plan WHERE id = ?")) {
            select.setLong(1, id);
            return read(select).stream().findFirst();
        }
    }

    /** The published plans of a site, by id. */
    static List<PlanSummary> published(Connection connection, String siteId) throws SQLException {
        try (var select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM plan WHERE site_id = ? AND status = 'PUBLISHED' ORDER BY id")) {
            select.setString(1, siteId);
            return read(select);
        }
    }

    /**
     * Locks every plan row of the site until the transaction ends: the site's lock. Publishing takes
     * it, so two publications for one site run one after the other (also on PostgreSQL under READ
     * COMMITTED: the second waits, then reads what the first committed). Rows are locked in id order,
     * so two lockers never wait for each other crosswise.
     */
    static void lockSite(Connection connection, String siteId) throws SQLException {
        try (var lock = connection.prepareStatement("SELECT id FROM plan WHERE site_id = ? ORDER BY id FOR UPDATE")) {
            lock.setString(1, siteId);
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    // reading every row is what takes each lock
                }
            }
        }
    }

    static List<PlanSummary> read(PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            var summaries = new ArrayList<PlanSummary>();
            while (rows.next()) {
                summaries.add(new PlanSummary(
                        rows.getLong("id"),
                        new SiteRef(rows.getString("site_id"), rows.getString("site_name")),
                        new Horizon(rows.getObject("horizon_from", LocalDate.class), rows.getInt("horizon_weeks")),
                        rows.getString("label"),
                        PlanStatus.valueOf(rows.getString("status")),
                        rows.getString("score"),
                        PlanSettings.of(rows.getString("remote_employers"), rows.getInt("sanitize_minutes")),
                        rows.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rows.getObject("updated_at", OffsetDateTime.class).toInstant(),
                        rows.getLong("version")));
            }
            return summaries;
        }
    }
}
