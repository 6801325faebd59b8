package it.scacchiera.persistence;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a real H2 file, as a single planner uses it. */
class JdbcPlanStoreH2Test extends PlanStoreContract {
    @TempDir
    Path folder;

    @Override
    DataSource open() {
        return Databases.openH2(folder.resolve("data").resolve("scacchiera"));
    }
}
