package it.scacchiera.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A site's stable identity: a UUID in the file {@code site.id} of its folder, created the first time
 * the site is read. It travels with the folder, so every machine that mounts the folder, by whatever
 * path, sees the same site, and two folders of the same name are two sites.
 */
public final class SiteIdentity {
    public static final String FILE = "site.id";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9-]{1,100}");

    /**
     * The identity of the site in {@code folder}, created now when it has none. A read-only folder
     * without one (an installed sample, a read-only share) gets one derived from its real path: stable
     * on this machine, though not shared with others, since there is nowhere to keep it.
     */
    public String of(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        if (!Files.exists(file)) {
            if (!Files.isWritable(folder)) {
                return "path-"
                        + UUID.nameUUIDFromBytes(folder.toRealPath().toString().getBytes(StandardCharsets.UTF_8));
            }
            create(folder, file);
        }
        String id = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (!VALID.matcher(id).matches()) {
            throw new IOException(file + ": not a site identity (expected a UUID such as "
                    + UUID.nameUUIDFromBytes(new byte[0]) + "); restore it from a backup, or delete it to make this"
                    + " folder a new site without plans");
        }
        return id;
    }

    /**
     * Two machines may open a new site at once: the file appears whole or not at all (written aside,
     * then linked into place, which fails when it exists), and whoever comes second reads the winner's.
     */
    private static void create(Path folder, Path file) throws IOException {
        // not createTempFile: its owner-only permissions would hide the identity from colleagues sharing the site
        Path draft = folder.resolve(".site.id." + UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(
                    draft,
                    UUID.randomUUID() + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW);
            try {
                Files.createLink(file, draft);
            } catch (FileAlreadyExistsException taken) {
                return; // another machine was first: its identity counts
            } catch (UnsupportedOperationException | IOException noLinks) {
                // file systems without hard links (some network shares): create-new is the next best
                createNew(file, Files.readString(draft, StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    private static void createNew(Path file, String text) throws IOException {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException taken) {
            // another machine was first: its identity counts
        }
    }
}
