package it.scacchiera.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** A database of the version before sites had an identity, brought up to date (V2). */
abstract class SiteIdentityMigrationContract {
    /** An empty database of its own, not migrated. */
    abstract DataSource emptyDatabase() throws SQLException;

    /** Two plans saved under the folder name "roma" and one under "milano", by the app before V2. */
    private DataSource legacyDatabase() throws SQLException {
        DataSource dataSource = emptyDatabase();
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target("1")
                .load()
                .migrate();
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement("INSERT INTO plan (site, horizon_from, horizon_weeks, label,"
                        + " status, published, score, remote_employers, sanitize_minutes, created_at, updated_at,"
                        + " version) VALUES (?, DATE '2026-11-23', 1, ?, ?, ?, NULL, '', 30,"
                        + " TIMESTAMP WITH TIME ZONE '2026-11-20 09:00:00+00', TIMESTAMP WITH TIME ZONE"
                        + " '2026-11-20 09:00:00+00', 1)")) {
            for (String[] row : new String[][] {
                {"roma", "old draft", "DRAFT", null},
                {"roma", "old published", "PUBLISHED", "Y"},
                {"milano", "milan's", "DRAFT", null}
            }) {
                for (int i = 0; i < row.length; i++) {
                    insert.setString(i + 1, row[i]);
                }
                insert.executeUpdate();
            }
        }
        return dataSource;
    }

    @Test
    void list_oldPlansOfAFolderName_adoptedByTheFirstSiteOfThatNameOnly() throws SQLException {
        DataSource dataSource = legacyDatabase();
        Databases.migrate(dataSource);
        var store = new JdbcPlanStore(dataSource);
        var first = new SiteRef(UUID.randomUUID().toString(), "roma");
        var namesake = new SiteRef(UUID.randomUUID().toString(), "roma");

        List<PlanSummary> adopted = store.list(first);
        List<PlanSummary> none = store.list(namesake);

        assertEquals(
                List.of("old draft", "old published"),
                adopted.stream().map(PlanSummary::label).sorted().toList());
        adopted.forEach(plan -> assertEquals(first, plan.site()));
        assertEquals(List.of(), none);
        assertEquals(
                List.of(),
                store.list(first).stream().filter(p -> p.version() != 1).toList());
        assertEquals(
                List.of(new SiteRef("folder:milano", "milano")),
                store.listAll().stream()
                        .filter(p -> p.label().equals("milan's"))
                        .map(PlanSummary::site)
                        .toList());
    }

    @Test
    void publish_afterAdoption_replacesTheOldPublishedPlan() throws SQLException {
        DataSource dataSource = legacyDatabase();
        Databases.migrate(dataSource);
        var store = new JdbcPlanStore(dataSource);
        var site = new SiteRef(UUID.randomUUID().toString(), "roma");
        PlanSummary oldDraft = store.list(site).stream()
                .filter(p -> p.label().equals("old draft"))
                .findFirst()
                .orElseThrow();

        store.publish(oldDraft.id(), oldDraft.version());

        assertEquals(
                List.of("old draft"),
                store.list(site).stream()
                        .filter(p -> p.status() == PlanStatus.PUBLISHED)
                        .map(PlanSummary::label)
                        .toList());
    }
}
