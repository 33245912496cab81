package io.github.boxmaven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The packages form a ladder: each depends only on those below it, and no two depend on each other. From
 * the bottom: {@code failure}, {@code base}, {@code boxapi} and {@code expiry} side by side, {@code credential},
 * {@code check}, {@code report}, {@code maven}. CONTRIBUTING.md's "How the code is laid out" shows the same order.
 */
@AnalyzeClasses(packages = "io.github.boxmaven", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageLayersTest {

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.github.boxmaven.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule packagesDependOnlyDownward = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("failure").definedBy("io.github.boxmaven.failure..")
            .layer("base").definedBy("io.github.boxmaven.base..")
            .layer("boxapi").definedBy("io.github.boxmaven.boxapi..")
            .layer("expiry").definedBy("io.github.boxmaven.expiry..")
            .layer("credential").definedBy("io.github.boxmaven.credential..")
            .layer("check").definedBy("io.github.boxmaven.check..")
            .layer("report").definedBy("io.github.boxmaven.report..")
            .layer("maven").definedBy("io.github.boxmaven.maven..", "io.github.boxmaven.box_maven_plugin..")
            .whereLayer("maven").mayNotBeAccessedByAnyLayer()
            .whereLayer("report").mayOnlyBeAccessedByLayers("maven")
            .whereLayer("check").mayOnlyBeAccessedByLayers("report", "maven")
            .whereLayer("credential").mayOnlyBeAccessedByLayers("check", "report", "maven")
            .whereLayer("boxapi").mayOnlyBeAccessedByLayers("credential", "check", "report", "maven")
            .whereLayer("expiry").mayOnlyBeAccessedByLayers("credential", "check", "report", "maven")
            .whereLayer("base").mayOnlyBeAccessedByLayers("boxapi", "expiry", "credential", "check", "report", "maven")
            .whereLayer("failure").mayOnlyBeAccessedByLayers("base", "boxapi", "expiry", "credential", "check", "report",
                    "maven");

    @ArchTest
    static final ArchRule mavenTypesOnlyInTheMavenPackage = noClasses()
            .that().resideOutsideOfPackages("io.github.boxmaven.maven..", "io.github.boxmaven.box_maven_plugin..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.eclipse.aether..",
                    "org.codehaus.plexus..", "javax.inject..");
}
