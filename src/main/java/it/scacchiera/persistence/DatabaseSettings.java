package it.scacchiera.persistence;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * The database a planner chose in the app, kept between runs in a properties file of their own
 * ({@code ~/.scacchiera/database.properties}). The password is in it, in plain text, only when the
 * planner ticked "remember the password"; only its owner may read the file either way.
 */
public final class DatabaseSettings {
    private final Path file;

    public DatabaseSettings(Path file) {
        this.file = file;
    }

    /** {@code ~/.scacchiera/database.properties}. */
    public static Path defaultFile() {
        return Databases.defaultH2File().resolveSibling("database.properties");
    }

    /** The saved choice, or the default H2 file when none was saved. */
    public DatabaseChoice load() throws IOException {
        if (!Files.exists(file)) {
            return DatabaseChoice.defaultH2();
        }
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String url = properties.getProperty("url");
        if (url == null || url.isBlank()) {
            throw new IOException(file + ": no url");
        }
        try {
            return new DatabaseChoice(url, properties.getProperty("user"), properties.getProperty("password"));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Where the choice is kept: the dialog tells the planner. */
    public Path file() {
        return file;
    }

    /**
     * Replaces the saved choice whole: written aside, readable by its owner only, then moved in place.
     * Without {@code rememberPassword} the password is left out (and one saved before is gone): the
     * planner types it again after a restart.
     */
    public void save(DatabaseChoice choice, boolean rememberPassword) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        var properties = new Properties();
        properties.setProperty("url", choice.url());
        properties.setProperty("user", choice.user());
        if (rememberPassword) {
            properties.setProperty("password", choice.password());
        }
        Path draft = Files.createTempFile(file.toAbsolutePath().getParent(), ".database", ".tmp");
        try {
            ownerOnly(draft);
            try (Writer writer = Files.newBufferedWriter(draft, StandardCharsets.UTF_8)) {
                properties.store(writer, "Scacchiera: the database plans live in");
            }
            Files.move(draft, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    private static void ownerOnly(Path path) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
