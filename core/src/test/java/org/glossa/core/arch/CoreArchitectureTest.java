package org.glossa.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** core is a library: no UI, no command-line library, no printing. */
@AnalyzeClasses(packages = "org.glossa.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {
    @ArchTest
    static final ArchRule noJavaFx = noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("core depends on no UI library");

    @ArchTest
    static final ArchRule noPicocli = noClasses().should().dependOnClassesThat().resideInAnyPackage("picocli..")
            .because("core depends on no CLI library");

    @ArchTest
    static final ArchRule noGlossaUi = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.glossa.cli..", "org.glossa.desktop..");

    @ArchTest
    static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("only the CLI writes to System.out; core reports through return values and exceptions");
}
