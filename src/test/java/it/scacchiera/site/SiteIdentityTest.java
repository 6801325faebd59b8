package it.scacchiera.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteIdentityTest {
    @TempDir
    Path dir;

    final SiteIdentity identity = new SiteIdentity();

    @Test
    void of_newFolder_createsAUuidKeptInSiteId() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));

        String id = identity.of(site);

        assertEquals(id, UUID.fromString(id).toString());
        assertEquals(id, Files.readString(site.resolve(SiteIdentity.FILE)).strip());
        assertEquals(id, identity.of(site));
        try (var files = Files.list(site)) {
            assertEquals(
                    List.of(SiteIdentity.FILE),
                    files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void of_theSameFolderByTwoPaths_oneIdentity() throws IOException {
        Path site = Files.createDirectories(dir.resolve("shared").resolve("site"));
        Path mountedElsewhere = Files.createSymbolicLink(dir.resolve("mount"), dir.resolve("shared"));

        String here = identity.of(site);
        String there = identity.of(mountedElsewhere.resolve("site"));

        assertEquals(here, there);
    }

    @Test
    void of_twoFoldersBothNamedSite_twoIdentities() throws IOException {
        Path first = Files.createDirectories(dir.resolve("a").resolve("site"));
        Path second = Files.createDirectories(dir.resolve("b").resolve("site"));

        assertNotEquals(identity.of(first), identity.of(second));
    }

    @Test
    void of_copiedFolder_keepsTheIdentityOfTheOriginal() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        String id = identity.of(site);
        Path copy = Files.createDirectories(dir.resolve("copy"));
        Files.copy(site.resolve(SiteIdentity.FILE), copy.resolve(SiteIdentity.FILE));

        assertEquals(id, identity.of(copy));
    }

    /** Machines opening a new site at once all end up with the identity that was written first. */
    @Test
    void of_eightOpenersAtOnce_allReadOneIdentity() throws Exception {
        for (int round = 0; round < 5; round++) {
            Path site = Files.createDirectories(dir.resolve("race" + round));
            var start = new CountDownLatch(1);
            var executor = Executors.newFixedThreadPool(8);
            var results = new ArrayList<Future<String>>();
            try {
                for (int i = 0; i < 8; i++) {
                    Callable<String> opener = () -> {
                        start.await();
                        return new SiteIdentity().of(site);
                    };
                    results.add(executor.submit(opener));
                }
                start.countDown();
                var ids = new HashSet<String>();
                for (Future<String> result : results) {
                    ids.add(result.get());
                }
                assertEquals(1, ids.size(), "round " + round + ": " + ids);
                assertEquals(
                        ids.iterator().next(),
                        Files.readString(site.resolve(SiteIdentity.FILE)).strip());
            } finally {
                executor.shutdown();
            }
            try (var files = Files.list(site)) {
                assertEquals(1, files.count(), "round " + round + ": a draft was left behind");
            }
        }
    }

    @Test
    void of_garbledSiteId_failsNamingTheFile() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve(SiteIdentity.FILE), "not an id: \u001b[31m\n");

        var error = assertThrows(IOException.class, () -> identity.of(site));

        assertTrue(error.getMessage().contains(site.resolve(SiteIdentity.FILE).toString()), error.getMessage());
    }

    @Test
    void of_readOnlyFolderWithoutIdentity_aStableIdentityFromItsPathAndNothingWritten() throws IOException {
        Path site = Files.createDirectories(dir.resolve("installed"));
        Files.setPosixFilePermissions(site, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        assumeTrue(!Files.isWritable(site), "root writes anywhere: nothing to check");

        String id = identity.of(site);

        assertEquals(id, identity.of(site));
        assertTrue(id.startsWith("path-"), id);
        assertTrue(Files.notExists(site.resolve(SiteIdentity.FILE)));
    }
}
