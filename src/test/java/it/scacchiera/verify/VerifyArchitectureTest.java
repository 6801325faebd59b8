package it.scacchiera.verify;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** verify is the solver's independent check: it must not reuse the solver's code. */
@AnalyzeClasses(packages = "it.scacchiera", importOptions = ImportOption.DoNotIncludeTests.class)
class VerifyArchitectureTest {
    @ArchTest
    static final ArchRule verifyNeverUsesPlanningOrOptaPlanner = noClasses()
            .that()
            .resideInAPackage("it.scacchiera.verify..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("it.scacchiera.planning..", "org.optaplanner..");

    @ArchTest
    static final ArchRule exportNeverUsesPlanningOrUi = noClasses()
            .that()
            .resideInAPackage("it.scacchiera.export..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("it.scacchiera.planning..", "it.scacchiera.ui..", "org.optaplanner..", "javafx..");
}
