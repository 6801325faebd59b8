package it.scacchiera;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package map of STYLE.md, enforced. */
@AnalyzeClasses(packages = "it.scacchiera", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule onlyUiUsesJavaFx = noClasses()
            .that()
            .resideOutsideOfPackage("it.scacchiera.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.controlsfx..");

    /** verify is the independent check of a plan: it must not share the solver's code or model. */
    @ArchTest
    static final ArchRule verifierIndependentOfPlanner = noClasses()
            .that()
            .resideInAPackage("it.scacchiera.verify..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("it.scacchiera.planning..", "org.optaplanner..")
            .allowEmptyShould(true); // verify lands later; the rule is in place before it does

    /**
     * The solver's library stays behind planning's own types. Its score values are the exception: a
     * plan's score is a {@code HardMediumSoftScore}, shown by the window and printed by the bench.
     */
    @ArchTest
    static final ArchRule optaPlannerOnlyInPlanning = noClasses()
            .that()
            .resideOutsideOfPackage("it.scacchiera.planning..")
            .should()
            .dependOnClassesThat(resideInAPackage("org.optaplanner..")
                    .and(not(resideInAPackage("org.optaplanner.core.api.score.."))));

    /**
     * OptaPlanner's public API only, so an upgrade cannot silently change what we rely on. Scoring
     * goes through {@code SolutionManager}, solving through {@code SolverFactory}: no score director
     * or solver internals ({@code InnerScoreDirector}, {@code DefaultSolverFactory}). Three internal
     * packages remain, for planning's custom moves and phase, which OptaPlanner 10 offers nowhere
     * else: {@code Move} and {@code AbstractMove} (heuristic.move), {@code MoveIteratorFactory}
     * (heuristic.selector.move.factory) and {@code CustomPhaseCommand} (phase.custom).
     */
    @ArchTest
    static final ArchRule onlyPublicOptaPlanner = noClasses()
            .should()
            .dependOnClassesThat(resideInAPackage("org.optaplanner.core.impl..")
                    .and(not(resideInAnyPackage(
                            "org.optaplanner.core.impl.heuristic.move",
                            "org.optaplanner.core.impl.heuristic.selector.move.factory",
                            "org.optaplanner.core.impl.phase.custom"))));

    /** The three internal packages above, used by planning alone. */
    @ArchTest
    static final ArchRule optaPlannerInternalsOnlyInPlanning = noClasses()
            .that()
            .resideOutsideOfPackage("it.scacchiera.planning..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.optaplanner.core.impl..");

    /** Subpackages only: Launcher and App at the root are meant to reach ui and cli. */
    @ArchTest
    static final ArchRule noCycles =
            slices().matching("it.scacchiera.(*)..").should().beFreeOfCycles();
}
