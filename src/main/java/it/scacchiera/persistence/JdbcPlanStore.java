package it.scacchiera.persistence;

import it.scacchiera.roster.Horizon;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@link PlanStore} in plain JDBC over the schema of {@code db/migration}, for H2 and PostgreSQL.
 * Optimistic concurrency: every change bumps {@code version}, and a save names the version it
 * started from, so two planners sharing a database cannot silently overwrite each other.
 */
public final class JdbcPlanStore implements PlanStore {
    private static final String SUMMARY_COLUMNS = "id, site, horizon_from, horizon_weeks, label, status, score,"
            + " remote_employers, sanitize_minutes, created_at, updated_at, version";

    private final Transactions transactions;
    private final Clock clock;

    public JdbcPlanStore(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    public JdbcPlanStore(DataSource dataSource, Clock clock) {
        this.transactions = new Transactions(dataSource);
        this.clock = clock;
    }

    @Override
    public PlanSummary save(PlanContent content) {
        return transactions.run("saving a new plan", connection -> {
            Instant now = now();
            long id;
            try (var insert = connection.prepareStatement(
                    "INSERT INTO plan (site, horizon_from, horizon_weeks, label, score, remote_employers,"
                            + " sanitize_minutes, created_at, updated_at, status, published, version)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', NULL, 1)",
                    Statement.RETURN_GENERATED_KEYS)) {
                int next = bindContent(insert, content, now);
                insert.setObject(next, utc(now));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong("id");
                }
            }
            EntryTable.replace(connection, id, content.entries());
            PinTable.replace(connection, id, content.pins());
            return summary(connection, id).orElseThrow();
        });
    }

    @Override
    public PlanSummary save(long id, long expectedVersion, PlanContent content) {
        return transactions.run("saving plan " + id, connection -> {
            // the guarded update comes first: a stale save stops here, before touching any row
            try (var update = connection.prepareStatement("UPDATE plan SET site = ?, horizon_from = ?,"
                    + " horizon_weeks = ?, label = ?, score = ?, remote_employers = ?, sanitize_minutes = ?,"
                    + " updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")) {
                int next = bindContent(update, content, now());
                update.setLong(next, id);
                update.setLong(next + 1, expectedVersion);
                if (update.executeUpdate() == 0) {
                    throw staleOrMissing(connection, id, expectedVersion);
                }
            }
            EntryTable.replace(connection, id, content.entries());
            PinTable.replace(connection, id, content.pins());
            return summary(connection, id).orElseThrow();
        });
    }

    private ConcurrentSaveException staleOrMissing(Connection connection, long id, long expectedVersion)
            throws SQLException {
        boolean exists = summary(connection, id).isPresent();
        return new ConcurrentSaveException(id, expectedVersion, exists ? "changed" : "deleted");
    }

    @Override
    public Optional<StoredPlan> load(long id) {
        return transactions.run("loading plan " + id, connection -> stored(connection, id));
    }

    @Override
    public List<PlanSummary> list(String site) {
        return transactions.run("listing the plans of " + site, connection -> {
            try (var select = connection.prepareStatement(
                    "SELECT " + SUMMARY_COLUMNS + " FROM plan WHERE site = ? ORDER BY updated_at DESC, id DESC")) {
                select.setString(1, site);
                return summaries(select);
            }
        });
    }

    @Override
    public PlanSummary publish(long id) {
        return transactions.run("publishing plan " + id, connection -> {
            PlanSummary plan = summary(connection, id, " FOR UPDATE").orElseThrow(() -> new PlanNotFoundException(id));
            if (plan.status() == PlanStatus.PUBLISHED) {
                return plan;
            }
            // archiving is not an edit: updated_at stays, so lists keep their order
            try (var archive = connection.prepareStatement("UPDATE plan SET status = 'ARCHIVED', published = NULL,"
                    + " version = version + 1 WHERE site = ? AND horizon_from = ? AND horizon_weeks = ?"
                    + " AND status = 'PUBLISHED'")) {
                bindSiteAndHorizon(archive, plan.site(), plan.horizon());
                archive.executeUpdate();
            }
            try (var publish = connection.prepareStatement("UPDATE plan SET status = 'PUBLISHED', published = 'Y',"
                    + " updated_at = ?, version = version + 1 WHERE id = ?")) {
                publish.setObject(1, utc(now()));
                publish.setLong(2, id);
                publish.executeUpdate();
            }
            return summary(connection, id).orElseThrow();
        });
    }

    @Override
    public Optional<StoredPlan> latestPublished(String site, Horizon horizon) {
        return transactions.run("loading the published plan of " + site, connection -> {
            try (var select = connection.prepareStatement("SELECT id FROM plan WHERE site = ? AND horizon_from = ?"
                    + " AND horizon_weeks = ? AND status = 'PUBLISHED'")) {
                bindSiteAndHorizon(select, site, horizon);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? stored(connection, rows.getLong("id")) : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean delete(long id) {
        return transactions.run("deleting plan " + id, connection -> {
            // the foreign keys cascade too; deleting explicitly keeps the order obvious
            for (String table : List.of("plan_pin", "plan_entry")) {
                try (var delete = connection.prepareStatement("DELETE FROM " + table + " WHERE plan_id = ?")) {
                    delete.setLong(1, id);
                    delete.executeUpdate();
                }
            }
            try (var delete = connection.prepareStatement("DELETE FROM plan WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate() > 0;
            }
        });
    }

    private Instant now() {
        // both databases keep microseconds; truncating here makes what we return what we load
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Binds site … updated_at (parameters 1 to 8) and returns the next parameter index. */
    private static int bindContent(PreparedStatement statement, PlanContent content, Instant now) throws SQLException {
        bindSiteAndHorizon(statement, content.site(), content.horizon());
        statement.setString(4, content.label());
        statement.setString(5, content.score());
        statement.setString(6, content.settings().remoteEmployersJoined());
        statement.setInt(7, content.settings().sanitizeMinutes());
        statement.setObject(8, utc(now));
        return 9;
    }

    private static void bindSiteAndHorizon(PreparedStatement statement, String site, Horizon horizon)
            throws SQLException {
        statement.setString(1, site);
        statement.setObject(2, horizon.from());
        statement.setInt(3, horizon.weeks());
    }

    private static Optional<StoredPlan> stored(Connection connection, long id) throws SQLException {
        Optional<PlanSummary> summary = summary(connection, id);
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new StoredPlan(summary.get(), EntryTable.select(connection, id), PinTable.select(connection, id)));
    }

    private static Optional<PlanSummary> summary(Connection connection, long id) throws SQLException {
        return summary(connection, id, "");
    }

    private static Optional<PlanSummary> summary(Connection connection, long id, String lock) throws SQLException {
        try (var select = connection.prepareStatement("SELECT " + SUMMARY_COLUMNS + " FROM plan WHERE id = ?" + lock)) {
            select.setLong(1, id);
            return summaries(select).stream().findFirst();
        }
    }

    private static List<PlanSummary> summaries(PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            var summaries = new ArrayList<PlanSummary>();
            while (rows.next()) {
                summaries.add(new PlanSummary(
                        rows.getLong("id"),
                        rows.getString("site"),
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
