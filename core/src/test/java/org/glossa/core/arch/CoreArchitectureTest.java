package org.glossa.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * core is a library: no UI, no command-line library, no web, database or Spark code, no printing; inside it the data
 * model depends on nothing and no two packages depend on each other in a cycle.
 */
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

    @ArchTest
    static final ArchRule noServerOrClusterCode = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "org.postgresql..", "org.flywaydb..", "com.zaxxer..",
                    "io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..", "org.apache.spark..", "scala..")
            .because("web, database and Spark code live in the server and spark modules, which call core");

    @ArchTest
    static final ArchRule noHttpClients = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.net.http..")
            .because("clients of web services (the Glossa server, machine translation) live in the client module");

    @ArchTest
    static final ArchRule modelDependsOnNothing = classes().that().resideInAPackage("org.glossa.core.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.glossa.core.model..")
            .because("the data model (document → units → segments) is plain Java that every layer shares");

    @ArchTest
    static final ArchRule noPackageCycles = SlicesRuleDefinition.slices().matching("org.glossa.core.(**)")
            .should().beFreeOfCycles()
            .because("packages are layered: a package and its sub-packages never depend on each other both ways");
}
