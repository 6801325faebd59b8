package it.scacchiera.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCreatorTest {
    private static final Path SAMPLE = Path.of("floorplans");

    @TempDir
    Path dir;

    private final SiteCreator creator = new SiteCreator();

    private SiteCreator.Sources sample(Path operators) {
        return new SiteCreator.Sources(
                List.of(SAMPLE.resolve("sala-roma.floor"), SAMPLE.resolve("sala-milano.floor")),
                SAMPLE.resolve("shifts.csv"),
                operators,
                SAMPLE.resolve("demand.csv"));
    }

    @Test
    void create_goodFiles_makesAFolderTheSiteReaderOpens() throws Exception {
        Path target = dir.resolve("new-site");

        creator.create(sample(SAMPLE.resolve("operators.csv")), target);

        Site site = new SiteReader().readFolder(target);
        assertEquals(
                List.of("sala-milano", "sala-roma"),
                site.floors().stream().map(f -> f.id()).sorted().toList());
        assertEquals(300, site.operators().size());
        assertEquals(List.of("new-site"), names(dir));
    }

    @Test
    void create_badRoomAndBadOperators_reportsEachWithItsPositionAndCreatesNothing() throws Exception {
        Path badFloor = Files.writeString(dir.resolve("cella.floor"), "name: Cella\ngrid:\n#DQ#\n");
        Path badOperators =
                Files.writeString(dir.resolve("operators.csv"), "id,name,skills,remote\nOP1,Anna,COMM,maybe\n");
        var sources = new SiteCreator.Sources(
                List.of(badFloor), SAMPLE.resolve("shifts.csv"), badOperators, SAMPLE.resolve("demand.csv"));
        Path target = dir.resolve("new-site");

        var error = assertThrows(SiteCreator.InvalidSiteException.class, () -> creator.create(sources, target));

        List<SiteCreator.Problem> problems = error.problems();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(
                problems.get(0).message().startsWith("cella.floor:3:3: "),
                problems.get(0).message());
        assertTrue(
                problems.get(1).message().startsWith("operators.csv:2:"),
                problems.get(1).message());
        assertTrue(
                problems.get(2).message().startsWith("not checked"),
                problems.get(2).message());
        assertFalse(Files.exists(target));
        assertEquals(List.of("cella.floor", "operators.csv"), names(dir));
    }

    @Test
    void create_twoRoomsWithOneId_isRefused() {
        var sources = new SiteCreator.Sources(
                List.of(SAMPLE.resolve("sala-roma.floor"), SAMPLE.resolve("sala-roma.floor")),
                SAMPLE.resolve("shifts.csv"),
                SAMPLE.resolve("operators.csv"),
                SAMPLE.resolve("demand.csv"));

        List<SiteCreator.Problem> problems = creator.check(sources);

        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("sala-roma"));
    }

    @Test
    void create_existingTarget_isRefusedAndLeftAlone() throws Exception {
        Path target = Files.createDirectory(dir.resolve("site"));
        Files.writeString(target.resolve("notes.txt"), "mine");

        assertThrows(
                FileAlreadyExistsException.class,
                () -> creator.create(sample(SAMPLE.resolve("operators.csv")), target));

        assertEquals(List.of("notes.txt"), names(target));
        assertEquals(List.of("site"), names(dir));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
