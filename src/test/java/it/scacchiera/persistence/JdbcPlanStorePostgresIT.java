package it.scacchiera.persistence;

import javax.sql.DataSource;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The store contract on PostgreSQL, as a team shares it; {@code pg-it.sh} provides the server. */
@EnabledIfEnvironmentVariable(named = "PG_URL", matches = ".+")
class JdbcPlanStorePostgresIT extends PlanStoreContract {
    @Override
    DataSource open() {
        return Databases.open(System.getenv("PG_URL"), System.getenv("PG_USER"), System.getenv("PG_PASSWORD"));
    }
}
