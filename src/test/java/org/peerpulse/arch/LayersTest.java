package org.peerpulse.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers point inward: ui → service → {analysis, storage, io} → domain (style.md). */
@AnalyzeClasses(packages = "org.peerpulse", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Launcher").definedBy("org.peerpulse")
            .layer("UI").definedBy("org.peerpulse.ui..")
            .layer("CLI").definedBy("org.peerpulse.cli..")
            .layer("Service").definedBy("org.peerpulse.service..")
            .layer("Analysis").definedBy("org.peerpulse.analysis..")
            .layer("Storage").definedBy("org.peerpulse.storage..")
            .layer("IO").definedBy("org.peerpulse.io..")
            .layer("Domain").definedBy("org.peerpulse.domain..")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("UI").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("CLI").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("UI", "CLI")
            .whereLayer("Analysis").mayOnlyBeAccessedByLayers("Service", "UI", "CLI")
            .whereLayer("Storage").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("IO").mayOnlyBeAccessedByLayers("Service", "UI", "CLI")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Service", "UI", "CLI", "Analysis", "Storage", "IO");

    @ArchTest
    static final ArchRule onlyUiUsesJavaFxScenes = noClasses().that().resideOutsideOfPackages("org.peerpulse.ui..",
                    "org.peerpulse")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule onlyStorageUsesJdbc = noClasses().that().resideOutsideOfPackage("org.peerpulse.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..");

    @ArchTest
    static final ArchRule analysisDoesNoIo = noClasses().that().resideInAPackage("org.peerpulse.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "org.peerpulse.storage..",
                    "org.peerpulse.io..");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.peerpulse.(*)..").should().beFreeOfCycles();
}
