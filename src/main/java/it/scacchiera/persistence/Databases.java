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
    private Databases() {}

    /** {@code ~/.scacchiera/scacchiera}: H2 adds {@code .mv.db} to it. */
    public static Path defaultH2File() {
        return Path.of(System.getProperty("user.home"), ".scacchiera", "scacchiera");
    }

    /** The embedded H2 database at {@code file} (without {@code .mv.db}), created when absent. */
    public static DataSource openH2(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.toString().contains(";")) {
            // H2 reads ';' as the start of its settings
            throw new IllegalArgumentException("H2 cannot open a path with ';' in it: " + absolute);
        }
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new PlanStoreException("cannot create the folder of " + absolute + ": " + e.getMessage(), e);
        }
        return open("jdbc:h2:file:" + absolute + ";AUTO_SERVER=FALSE", "sa", "");
    }

    /** A database by JDBC URL: {@code jdbc:postgresql:…} for a shared server, or {@code jdbc:h2:…}. */
    public static DataSource open(String url, String user, String password) {
        DataSource dataSource;
        if (url.startsWith("jdbc:postgresql:")) {
            var postgres = new PGSimpleDataSource();
            postgres.setUrl(url);
            postgres.setUser(user);
            postgres.setPassword(password);
            dataSource = postgres;
        } else if (url.startsWith("jdbc:h2:")) {
            var h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password);
            dataSource = h2;
        } else {
            throw new IllegalArgumentException("not a PostgreSQL or H2 JDBC URL: " + url);
        }
        migrate(dataSource);
        return dataSource;
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
