package org.glossa.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The CLI is a thin layer over core's public API. */
@AnalyzeClasses(packages = "org.glossa.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class CliArchitectureTest {
    @ArchTest
    static final ArchRule onlyCorePublicApi = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.glossa.core.okapi..", "org.glossa.core.format..", "org.glossa.core.structure..",
                    "org.glossa.core.io..", "net.sf.okapi..", "org.apache.tika..")
            .because("cli uses only core's public API (model, extract, xliff, merge, segment, text)");

    @ArchTest
    static final ArchRule noJavaFx = noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule stdoutOnlyInMain = noClasses().that().doNotHaveSimpleName("Main")
            .should().accessField(System.class, "out")
            .because("commands print through picocli's writers so tests can capture them; Main wires System.out");
}
