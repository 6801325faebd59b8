package it.scacchiera.bench.planted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.export.ScheduleCsvReader;
import it.scacchiera.site.Site;
import it.scacchiera.site.SiteReader;
import it.scacchiera.verify.PlanVerifier;
import it.scacchiera.verify.VerifyReport;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlantedSiteTest {
    private final PlantedGenerator generator = new PlantedGenerator();

    @TempDir
    Path dir;

    static Stream<Arguments> plain() {
        return Stream.of(
                        LongStream.range(0, 10).mapToObj(seed -> Arguments.of("S", seed)),
                        LongStream.range(0, 3).mapToObj(seed -> Arguments.of("N", seed)),
                        LongStream.range(0, 1).mapToObj(seed -> Arguments.of("L", seed)),
                        LongStream.range(0, 1).mapToObj(seed -> Arguments.of("H", seed)),
                        LongStream.range(0, 1).mapToObj(seed -> Arguments.of("W", seed)),
                        LongStream.range(0, 4).mapToObj(seed -> Arguments.of("R", seed)))
                .flatMap(s -> s);
    }

    static Stream<Arguments> over() {
        return Stream.of(Arguments.of("S+", 0L), Arguments.of("N+", 1L)); // L+ raises demand the same way
    }

    @ParameterizedTest
    @MethodSource("plain")
    void hiddenPlan_readBackAndVerified_noHardNothingShort(String family, long seed) throws Exception {
        PlantedSite site = generator.generate(family, seed);

        VerifyReport report = verify(site);

        assertEquals(0, report.hardCount(), family + " seed " + seed + ": " + firstViolations(report));
        assertEquals(0, report.mediumShortfall(), family + " seed " + seed + ": " + firstViolations(report));
    }

    @ParameterizedTest
    @MethodSource("over")
    void hiddenPlan_overDemanded_noHardButShort(String family, long seed) throws Exception {
        PlantedSite site = generator.generate(family, seed);

        VerifyReport report = verify(site);

        assertEquals(0, report.hardCount(), family + " seed " + seed + ": " + firstViolations(report));
        assertTrue(report.mediumShortfall() > 0, family + " seed " + seed);
    }

    @Test
    void generate_sameSeed_sameTexts() {
        var first = generator.generate("N", 4).files();

        var again = generator.generate("N", 4).files();

        assertEquals(first, again);
    }

    private VerifyReport verify(PlantedSite site) throws Exception {
        site.write(dir);
        Site read = new SiteReader().readFolder(dir);
        var entries = new ScheduleCsvReader()
                .withShifts(read.shifts())
                .withOperators(read.operators())
                .withFloors(read.floors())
                .read(dir.resolve(PlantedSite.HIDDEN_SCHEDULE));
        var horizon = site.family().horizon();
        return new PlanVerifier(
                        read.rooms(),
                        read.shifts(),
                        read.operators(),
                        read.demand().resolve(horizon, read.shiftsByCode()),
                        horizon,
                        Set.copyOf(site.family().authorised()),
                        site.family().sanitizeMinutes())
                .verify(entries);
    }

    private static String firstViolations(VerifyReport report) {
        return report.violations().stream().limit(5).map(Object::toString).collect(Collectors.joining("\n"));
    }
}
