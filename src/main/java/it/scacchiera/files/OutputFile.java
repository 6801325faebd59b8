package it.scacchiera.files;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes a user's output file (schedule CSV, seating sheets, rooms) the way every writer must:
 * through to the file the user named (a symbolic link is followed and its target written), never a
 * folder or a device; all or nothing (a temporary file in the same folder, forced to disk, then
 * renamed over the target); an existing file keeps its permissions, a new one gets the user's
 * umask. The temporary file is named {@code .<name>.<pid>.<random>.scacchiera-tmp}; it is deleted
 * on failure and at a normal kill; one left by a hard kill is removed by the next write of that file.
 */
public final class OutputFile {
    static final String TEMP_SUFFIX = ".scacchiera-tmp";
    private static final int MAX_LINKS = 40;
    // A temporary file of a process that is gone is stale; the age guards a writer on another host.
    private static final Duration STALE_AFTER = Duration.ofMinutes(1);

    /** What goes into the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What goes into a text file. */
    @FunctionalInterface
    public interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    private OutputFile() {}

    /** Writes UTF-8 text to {@code file} as {@link #write} does: all or nothing. */
    public static void writeText(Path file, TextContent content) throws IOException {
        write(file, out -> {
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            content.writeTo(text);
            text.flush();
        });
    }

    /**
     * Fails now, before any long work, when {@code file} could not be written: it names a folder or a
     * device, it is read-only, or its folder (the nearest one that exists) is not a writable folder.
     */
    public static void checkWritable(Path file) throws IOException {
        Path target = target(file);
        if (Files.exists(target)) {
            refuseNonFile(file, target);
            if (!Files.isWritable(target)) {
                throw new AccessDeniedException(file.toString(), null, "the file is read-only");
            }
        }
        Path folder = target.getParent();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new FileSystemException(
                    file.toString(),
                    null,
                    "its folder " + (folder == null ? target.getParent() : folder) + " is not a folder");
        }
        if (!Files.isWritable(folder)) {
            throw new AccessDeniedException(file.toString(), null, "folder " + folder + " is not writable");
        }
    }

    /** Writes {@code content} to {@code file} atomically; missing parent folders are made. */
    public static void write(Path file, Content content) throws IOException {
        checkWritable(file);
        Path target = target(file);
        Path folder = target.getParent();
        Files.createDirectories(folder);
        removeStale(folder, target.getFileName().toString());
        Path temp = folder.resolve(
                "." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                        + UUID.randomUUID().toString().substring(0, 8) + TEMP_SUFFIX);
        Thread cleanup = new Thread(() -> deleteQuietly(temp), "delete " + temp.getFileName());
        Runtime.getRuntime().addShutdownHook(cleanup);
        boolean done = false;
        try {
            try (FileChannel channel =
                    FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                // Writers such as PDFBox close the stream they are given; the channel must stay open to be forced.
                OutputStream out = new FilterOutputStream(Channels.newOutputStream(channel)) {
                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        this.out.write(bytes, offset, length);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(target, temp);
            move(temp, target);
            syncFolder(folder);
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
            removeHook(cleanup);
        }
    }

    /** Where the bytes go: the file named, or the end of its chain of symbolic links. */
    static Path target(Path file) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        for (int hops = 0; Files.isSymbolicLink(target); hops++) {
            if (hops == MAX_LINKS) {
                throw new FileSystemException(file.toString(), null, "too many symbolic links");
            }
            target = target.resolveSibling(Files.readSymbolicLink(target)).normalize();
        }
        return target;
    }

    private static void refuseNonFile(Path file, Path target) throws IOException {
        if (Files.isDirectory(target)) {
            throw new FileSystemException(file.toString(), null, "is a folder, not a file");
        }
        if (!Files.isRegularFile(target)) {
            throw new FileSystemException(file.toString(), null, "is a device or other special file, not a file");
        }
    }

    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                && target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable; a platform that cannot open a folder (Windows) has no such step. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // the file itself is already forced and in place: only the rename's durability is the OS's to keep
            return;
        }
    }

    /** Deletes temporary files of this name left by a process that was killed hard. */
    private static void removeStale(Path folder, String name) throws IOException {
        Instant cutoff = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, "." + glob(name) + ".*" + TEMP_SUFFIX)) {
            for (Path temp : temps) {
                if (stale(temp, cutoff)) {
                    Files.deleteIfExists(temp);
                }
            }
        }
    }

    private static boolean stale(Path temp, Instant cutoff) throws IOException {
        String[] parts = temp.getFileName().toString().split("\\.");
        long pid;
        try {
            pid = Long.parseLong(parts[parts.length - 3]);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return false; // not one of ours: leave it alone
        }
        FileTime modified = Files.getLastModifiedTime(temp, LinkOption.NOFOLLOW_LINKS);
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        return !alive && modified.toInstant().isBefore(cutoff);
    }

    private static String glob(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // the JVM is exiting: nobody is left to tell; the next write removes the stale file
            return;
        }
    }

    private static void removeHook(Thread cleanup) {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs and deletes a temporary file if one is left
            return;
        }
    }
}
