package it.scacchiera.crosscheck;

import java.nio.file.Path;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** solve then verify through the CLI on random sites written as real files: the two verbs agree. */
class SolveVerifyCliTest {
    @TempDir
    Path dir;

    static Stream<Long> seeds() {
        return LongStream.range(0, 4).mapToObj(i -> 31_000 + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void solveThenVerify_randomSite_exitCodesAndCountsAgree(long seed) throws Exception {
        Random random = new Random(seed);
        SiteFiles files = RandomSite.write(dir, random);
        String[] delimiter = random.nextBoolean() ? new String[] {"--delimiter", ";"} : new String[0];

        var outcome = SolveThenVerify.run(files, "2s", delimiter);

        SolveThenVerify.assertAgree(outcome, "seed " + seed);
    }
}
