package it.scacchiera.ui;

import it.scacchiera.floorplan.CellSize;
import it.scacchiera.floorplan.DistanceRule;
import it.scacchiera.floorplan.Floor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small real rooms for UI tests, as files and as Floors. */
public final class Rooms {
    /** Two desks three columns apart on one row (capacity 2); B6 is floor, free for a third desk. */
    public static final String UNO = "name: Sala Uno\ngrid:\n#######\n#D.D..#\n#.....#\n#######\n";

    public static final String DUE = "name: Sala Due\ndistance: king\ngrid:\n#####\n#DDS#\n#DXD#\n#####\n";

    private Rooms() {}

    public static Path site(Path dir) throws IOException {
        Files.writeString(dir.resolve("sala-uno.floor"), UNO, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("sala-due.floor"), DUE, StandardCharsets.UTF_8);
        return dir;
    }

    public static Floor floor(String id, List<String> grid) {
        return new Floor(id, id, List.of(), CellSize.DEFAULT, DistanceRule.CHECKERBOARD, Floor.NO_LIMIT, grid);
    }
}
