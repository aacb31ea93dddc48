package io.disputeflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The application's packages are features that depend on each other in one direction only, and the dispute's domain
 * (record, contract enums, rules) knows neither Camunda nor the features built on it.
 */
@AnalyzeClasses(packages = "io.disputeflow", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageStructureTest {

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("io.disputeflow.(*)..").should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule theDisputeDomainKnowsNoEngine = noClasses().that().resideInAPackage("io.disputeflow.dispute..")
            .should().dependOnClassesThat().resideInAnyPackage("org.camunda..", "io.disputeflow.process..",
                    "io.disputeflow.api..");

    @ArchTest
    static final ArchRule theApiKnowsNoFeature = noClasses().that().resideInAPackage("io.disputeflow.api..")
            .should().dependOnClassesThat().resideInAnyPackage("io.disputeflow.evidence..", "io.disputeflow.buyer..",
                    "io.disputeflow.intake..", "io.disputeflow.overview..", "io.disputeflow.dispute..",
                    "io.disputeflow.store..");
}
