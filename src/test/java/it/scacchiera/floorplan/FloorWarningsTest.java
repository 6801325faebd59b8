package it.scacchiera.floorplan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.scacchiera.input.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FloorWarningsTest {
    private static Floor floor(String header, String... rows) throws InputException {
        String text = "name: Test\n" + header + "\ngrid:\n" + String.join("\n", rows) + "\n";
        return new FloorReader().read("test.floor", text);
    }

    private static List<FloorWarning> warnings(Floor floor) {
        return FloorWarnings.of(floor, ConflictGraph.of(floor));
    }

    @Test
    void of_postsApart_noWarning() throws InputException {
        Floor floor = floor("distance: king\nmax-occupancy: 2", "S.S", "DDD");

        List<FloorWarning> warnings = warnings(floor);

        assertEquals(List.of(), warnings);
    }

    @Test
    void of_twoPostsInConflict_onePairWarning() throws InputException {
        Floor floor = floor("distance: checkerboard", "SS.", "D.D");

        List<FloorWarning> warnings = warnings(floor);

        assertEquals(
                List.of(new FloorWarning(
                        "test",
                        FloorWarning.Kind.FIXED_POSTS_IN_CONFLICT,
                        List.of(DeskId.parse("A1"), DeskId.parse("A2")),
                        "fixed posts A1 and A2 are in conflict under checkerboard distancing")),
                warnings);
    }

    @Test
    void of_threePostsInARowUnderKing_warnsEachConflictingPairOnce() throws InputException {
        Floor floor = floor("distance: king", "SSS");

        List<List<DeskId>> pairs =
                warnings(floor).stream().map(FloorWarning::desks).toList();

        assertEquals(
                List.of(
                        List.of(DeskId.parse("A1"), DeskId.parse("A2")),
                        List.of(DeskId.parse("A2"), DeskId.parse("A3"))),
                pairs);
    }

    @Test
    void of_postsBehindAScreenUnderMetric_noWarning() throws InputException {
        Floor floor = floor("distance: 2 m", "S|S");

        List<FloorWarning> warnings = warnings(floor);

        assertEquals(List.of(), warnings);
    }

    @Test
    void of_morePostsThanMaxOccupancy_warnsWithEveryPost() throws InputException {
        Floor floor = floor("max-occupancy: 1", "S.S", "...", "D.D");

        List<FloorWarning> warnings = warnings(floor);

        assertEquals(
                List.of(new FloorWarning(
                        "test",
                        FloorWarning.Kind.FIXED_POSTS_OVER_OCCUPANCY,
                        List.of(DeskId.parse("A1"), DeskId.parse("A3")),
                        "2 fixed posts but max-occupancy is 1")),
                warnings);
    }

    @Test
    void of_postsEqualToMaxOccupancy_noWarning() throws InputException {
        Floor floor = floor("max-occupancy: 2", "S.S");

        List<FloorWarning> warnings = warnings(floor);

        assertEquals(List.of(), warnings);
    }

    @Test
    void toString_warning_prefixesTheRoomId() throws InputException {
        Floor floor = floor("max-occupancy: 0", "S");

        String text = warnings(floor).get(0).toString();

        assertEquals("test: 1 fixed post but max-occupancy is 0", text);
    }
}
