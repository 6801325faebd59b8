package it.scacchiera.persistence;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Which database plans live in: an embedded H2 file for one planner, or a JDBC URL (PostgreSQL for a
 * team) with its user and password. What a planner picks in the app or passes as {@code --db}.
 */
public record DatabaseChoice(String url, String user, String password) {
    private static final String H2_FILE = "jdbc:h2:file:";

    public DatabaseChoice {
        Objects.requireNonNull(url, "url");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("not a PostgreSQL or H2 JDBC URL: " + url
                    + " (expected jdbc:postgresql://host/db or jdbc:h2:file:…)");
        }
        if (url.startsWith("jdbc:h2:") && user.isEmpty()) {
            user = "sa"; // the app's own H2 user: --db on the app's file then needs no --db-user
        }
    }

    /** The embedded H2 database at {@code file} (H2 adds {@code .mv.db} to it). */
    public static DatabaseChoice h2(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.toString().contains(";")) {
            // H2 reads ';' as the start of its settings
            throw new IllegalArgumentException("H2 cannot open a path with ';' in it: " + absolute);
        }
        return new DatabaseChoice(H2_FILE + absolute, "sa", "");
    }

    /** {@code ~/.scacchiera/scacchiera}: the database of a planner who chose none. */
    public static DatabaseChoice defaultH2() {
        return h2(Databases.defaultH2File());
    }

    /** An H2 database in a file of this machine: one app at a time may hold it. */
    public boolean embeddedH2() {
        return url.startsWith(H2_FILE)
                || (url.startsWith("jdbc:h2:")
                        && !url.startsWith("jdbc:h2:tcp:")
                        && !url.startsWith("jdbc:h2:ssl:")
                        && !url.startsWith("jdbc:h2:mem:"));
    }

    /** The H2 file's path, or null for another kind of database. */
    public Path h2File() {
        if (!url.startsWith(H2_FILE)) {
            return null;
        }
        String rest = url.substring(H2_FILE.length());
        int settings = rest.indexOf(';');
        return Path.of(settings < 0 ? rest : rest.substring(0, settings));
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return user.isEmpty() ? url : url + " (user " + user + ")";
    }
}
