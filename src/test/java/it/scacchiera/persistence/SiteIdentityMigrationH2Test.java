package it.scacchiera.persistence;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;

class SiteIdentityMigrationH2Test extends SiteIdentityMigrationContract {
    @TempDir
    Path folder;

    @Override
    DataSource emptyDatabase() {
        return Databases.dataSource(DatabaseChoice.h2(folder.resolve("old")));
    }
}
