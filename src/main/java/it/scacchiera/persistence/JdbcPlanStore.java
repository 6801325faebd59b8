package it.scacchiera.persistence;

import it.scacchiera.roster.Horizon;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@link PlanStore} in plain JDBC over the schema of {@code db/migration}, for H2 and PostgreSQL.
 * Optimistic concurrency: every change bumps {@code version}, and every write names the version it
 * started from, so two planners sharing a database cannot silently overwrite each other.
 */
public final class JdbcPlanStore implements PlanStore {
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
                    "INSERT INTO plan (site_id, site_name, horizon_from, horizon_weeks, label, score,"
                            + " remote_employers, sanitize_minutes, updated_at, created_at, status, published,"
                            + " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', NULL, 1)",
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
            return PlanRows.byId(connection, id).orElseThrow();
        });
    }

    @Override
    public PlanSummary save(long id, long expectedVersion, PlanContent content) {
        return transactions.run("saving plan " + id, connection -> {
            // the guarded update comes first: a stale save stops here, before touching any row. A
            // published plan keeps its site and weeks, so no save can make two published plans overlap.
            try (var update = connection.prepareStatement("UPDATE plan SET site_id = ?, site_name = ?,"
                    + " horizon_from = ?, horizon_weeks = ?, label = ?, score = ?, remote_employers = ?,"
                    + " sanitize_minutes = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"
                    + " AND (status <> 'PUBLISHED' OR (site_id = ? AND horizon_from = ? AND horizon_weeks = ?))")) {
                int next = bindContent(update, content, now());
                update.setLong(next, id);
                update.setLong(next + 1, expectedVersion);
                update.setString(next + 2, content.site().id());
                update.setObject(next + 3, content.horizon().from());
                update.setInt(next + 4, content.horizon().weeks());
                if (update.executeUpdate() == 0) {
                    throw refused(connection, id, expectedVersion);
                }
            }
            EntryTable.replace(connection, id, content.entries());
            PinTable.replace(connection, id, content.pins());
            return PlanRows.byId(connection, id).orElseThrow();
        });
    }

    private static PlanStoreException refused(Connection connection, long id, long expectedVersion)
            throws SQLException {
        Optional<PlanSummary> now = PlanRows.byId(connection, id);
        if (now.isEmpty()) {
            return new ConcurrentSaveException(id, expectedVersion, "deleted");
        }
        if (now.get().version() != expectedVersion) {
            return new ConcurrentSaveException(id, expectedVersion, "changed");
        }
        return new PlanStoreException("plan " + id + " is published: its site and weeks cannot change;"
                + " save it as a new plan and publish that one");
    }

    @Override
    public Optional<StoredPlan> load(long id) {
        return transactions.run("loading plan " + id, connection -> stored(connection, id));
    }

    @Override
    public List<PlanSummary> list(SiteRef site) {
        return transactions.run("listing the plans of " + site.name(), connection -> {
            adoptLegacy(connection, site);
            try (var select = connection.prepareStatement(
                    "SELECT " + PlanRows.COLUMNS + " FROM plan WHERE site_id = ? ORDER BY updated_at DESC, id DESC")) {
                select.setString(1, site.id());
                return PlanRows.read(select);
            }
        });
    }

    /** Plans saved before sites had an identity go to the first site of their folder's name that asks. */
    private static void adoptLegacy(Connection connection, SiteRef site) throws SQLException {
        if (site.id().startsWith(SiteRef.LEGACY_PREFIX)) {
            return;
        }
        try (var adopt = connection.prepareStatement("UPDATE plan SET site_id = ? WHERE site_id = ?")) {
            adopt.setString(1, site.id());
            adopt.setString(2, site.legacyId());
            adopt.executeUpdate();
        }
    }

    @Override
    public List<PlanSummary> listAll() {
        return transactions.run("listing the plans", connection -> {
            try (var select = connection.prepareStatement(
                    "SELECT " + PlanRows.COLUMNS + " FROM plan ORDER BY site_name, site_id, horizon_from, id")) {
                return PlanRows.read(select);
            }
        });
    }

    @Override
    public Publication publish(long id, long expectedVersion) {
        return transactions.run("publishing plan " + id, connection -> {
            PlanSummary plan = lockedForPublishing(connection, id);
            if (plan.version() != expectedVersion) {
                throw new ConcurrentSaveException(id, expectedVersion, "changed");
            }
            if (plan.status() == PlanStatus.PUBLISHED) {
                return new Publication(plan, List.of());
            }
            var archived = new ArrayList<Long>();
            for (PlanSummary other : PlanRows.published(connection, plan.site().id())) {
                if (overlap(other.horizon(), plan.horizon())) {
                    // archiving is not an edit: updated_at stays, so lists keep their order
                    try (var archive = connection.prepareStatement("UPDATE plan SET status = 'ARCHIVED',"
                            + " published = NULL, version = version + 1 WHERE id = ?")) {
                        archive.setLong(1, other.id());
                        archive.executeUpdate();
                    }
                    archived.add(other.id());
                }
            }
            try (var publish = connection.prepareStatement("UPDATE plan SET status = 'PUBLISHED', published = 'Y',"
                    + " updated_at = ?, version = version + 1 WHERE id = ?")) {
                publish.setObject(1, utc(now()));
                publish.setLong(2, id);
                publish.executeUpdate();
            }
            var replaced = new ArrayList<PlanSummary>();
            for (long other : archived) {
                replaced.add(PlanRows.byId(connection, other).orElseThrow());
            }
            return new Publication(PlanRows.byId(connection, id).orElseThrow(), replaced);
        });
    }

    /**
     * The plan as it stands once its site is locked. A save may move a draft to another site between
     * the first read and the lock; then the other site is locked too and the plan read again.
     */
    private static PlanSummary lockedForPublishing(Connection connection, long id) throws SQLException {
        var locked = new ArrayList<String>();
        while (true) {
            PlanSummary plan = PlanRows.byId(connection, id).orElseThrow(() -> new PlanNotFoundException(id));
            if (locked.contains(plan.site().id())) {
                return plan;
            }
            PlanRows.lockSite(connection, plan.site().id());
            locked.add(plan.site().id());
        }
    }

    private static boolean overlap(Horizon a, Horizon b) {
        return a.from().isBefore(b.end()) && b.from().isBefore(a.end());
    }

    @Override
    public Optional<StoredPlan> latestPublished(String siteId, Horizon horizon) {
        return transactions.run("loading the published plan of " + siteId, connection -> {
            for (PlanSummary plan : PlanRows.published(connection, siteId)) {
                if (plan.horizon().equals(horizon)) {
                    return stored(connection, plan.id());
                }
            }
            return Optional.empty();
        });
    }

    @Override
    public boolean delete(long id, long expectedVersion) {
        return transactions.run("deleting plan " + id, connection -> {
            // entries and pins go with the plan: their foreign keys cascade
            try (var delete = connection.prepareStatement("DELETE FROM plan WHERE id = ? AND version = ?")) {
                delete.setLong(1, id);
                delete.setLong(2, expectedVersion);
                if (delete.executeUpdate() > 0) {
                    return true;
                }
            }
            if (PlanRows.byId(connection, id).isPresent()) {
                throw new ConcurrentSaveException(id, expectedVersion, "changed");
            }
            return false;
        });
    }

    private Instant now() {
        // both databases keep microseconds; truncating here makes what we return what we load
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Binds site_id … updated_at (parameters 1 to 9) and returns the next parameter index. */
    private static int bindContent(PreparedStatement statement, PlanContent content, Instant now) throws SQLException {
        statement.setString(1, content.site().id());
        statement.setString(2, content.site().name());
        statement.setObject(3, content.horizon().from());
        statement.setInt(4, content.horizon().weeks());
        statement.setString(5, content.label());
        statement.setString(6, content.score());
        statement.setString(7, content.settings().remoteEmployersJoined());
        statement.setInt(8, content.settings().sanitizeMinutes());
        statement.setObject(9, utc(now));
        return 10;
    }

    private static Optional<StoredPlan> stored(Connection connection, long id) throws SQLException {
        Optional<PlanSummary> summary = PlanRows.byId(connection, id);
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new StoredPlan(summary.get(), EntryTable.select(connection, id), PinTable.select(connection, id)));
    }
}
