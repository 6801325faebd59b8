package it.scacchiera;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Rules that hold for the test code too ({@link ArchitectureTest} reads the main code only). */
@AnalyzeClasses(packages = "it.scacchiera")
class TestCodeArchitectureTest {
    /**
     * No score director or solver internals. One exception: {@code MovesTest} checks that a custom
     * move leaves the incremental score as a fresh scoring would, which needs the solver's own score
     * director; the moves themselves use the public {@code ScoreDirector}.
     */
    @ArchTest
    static final ArchRule noScoreDirectorOrSolverInternals = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("it.scacchiera.planning.MovesTest")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.optaplanner.core.impl.score.director..", "org.optaplanner.core.impl.solver..");
}
