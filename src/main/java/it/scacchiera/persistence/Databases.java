package it.scacchiera.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Opens the database plans live in, brought up to date by the migrations of {@code db/migration}:
 * an embedded H2 file for one planner (the default), or a PostgreSQL server a team shares.
 */
public final class Databases {
    /**
     * H2 settings added to every H2 URL: no trace file (it kept operator names from stack traces, and
     * grew to megabytes), and row locks waited for long enough for another publication to finish.
     */
    static final String H2_SETTINGS = ";AUTO_SERVER=FALSE;TRACE_LEVEL_FILE=0;LOCK_TIMEOUT=10000";

    private Databases() {}

    /** {@code ~/.scacchiera/scacchiera}: H2 adds {@code .mv.db} to it. */
    public static Path defaultH2File() {
        return Path.of(System.getProperty("user.home"), ".scacchiera", "scacchiera");
    }

    /** The embedded H2 database at {@code file} (without {@code .mv.db}), created when absent. */
    public static DataSource openH2(Path file) {
        DatabaseChoice choice = DatabaseChoice.h2(file);
        return open(choice.url(), choice.user(), choice.password());
    }

    /** A database by JDBC URL: {@code jdbc:postgresql:…} for a shared server, or {@code jdbc:h2:…}. */
    public static DataSource open(String url, String user, String password) {
        DataSource dataSource = dataSource(new DatabaseChoice(url, user, password));
        migrate(dataSource);
        return dataSource;
    }

    /** A data source for the choice, not yet connected; an H2 file's folder is created. */
    static DataSource dataSource(DatabaseChoice choice) {
        if (choice.url().startsWith("jdbc:postgresql:")) {
            var postgres = new PGSimpleDataSource();
            postgres.setUrl(choice.url());
            postgres.setUser(choice.user());
            postgres.setPassword(choice.password());
            return postgres;
        }
        Path file = choice.h2File();
        if (file != null && file.getParent() != null) {
            try {
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw new PlanStoreException("cannot create the folder of " + file + ": " + e.getMessage(), e);
            }
        }
        var h2 = new JdbcDataSource();
        h2.setURL(withH2Settings(choice.url()));
        h2.setUser(choice.user());
        h2.setPassword(choice.password());
        return h2;
    }

    /** Adds each of {@link #H2_SETTINGS} the URL does not set itself. */
    static String withH2Settings(String url) {
        var result = new StringBuilder(url);
        String upper = url.toUpperCase(java.util.Locale.ROOT);
        for (String setting : H2_SETTINGS.substring(1).split(";")) {
            String key = setting.substring(0, setting.indexOf('=') + 1);
            if (!upper.contains(";" + key)) {
                result.append(';').append(setting);
            }
        }
        return result.toString();
    }

    /** Applies the migrations not yet applied; a database already up to date is left as it is. */
    static void migrate(DataSource dataSource) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new PlanStoreException("cannot bring the database up to date: " + e.getMessage(), e);
        }
    }
}
