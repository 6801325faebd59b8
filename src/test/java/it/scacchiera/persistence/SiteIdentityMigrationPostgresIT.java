package it.scacchiera.persistence;

import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The V2 migration on PostgreSQL: each test in a schema of its own, the old version first. */
@EnabledIfEnvironmentVariable(named = "PG_URL", matches = ".+")
class SiteIdentityMigrationPostgresIT extends SiteIdentityMigrationContract {
    @Override
    DataSource emptyDatabase() throws SQLException {
        String schema = "legacy_" + UUID.randomUUID().toString().replace("-", "");
        var server =
                new DatabaseChoice(System.getenv("PG_URL"), System.getenv("PG_USER"), System.getenv("PG_PASSWORD"));
        try (var connection = Databases.dataSource(server).getConnection();
                var create = connection.createStatement()) {
            create.execute("CREATE SCHEMA " + schema);
        }
        String url = server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return Databases.dataSource(new DatabaseChoice(url, server.user(), server.password()));
    }
}
