package org.glossa.cli;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.glossa.core.io.LockFile;

/** The CLI is a thin layer over core's public API. */
@AnalyzeClasses(packages = "org.glossa.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class CliArchitectureTest {
    @ArchTest
    static final ArchRule onlyCorePublicApi = noClasses().should().dependOnClassesThat(
            resideInAnyPackage("org.glossa.core.okapi..", "org.glossa.core.format..", "org.glossa.core.structure..",
                    "org.glossa.core.io..", "net.sf.okapi..", "org.apache.tika..")
                    .and(not(belongToAnyOf(LockFile.class))))
            .because("cli uses only core's public API (model, extract, xliff, merge, segment, text); of core's io"
                    + " package only the lock's wait reporter, which Main wires to standard error");

    @ArchTest
    static final ArchRule noJavaFx = noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule stdoutOnlyInMain = noClasses().that().doNotHaveSimpleName("Main")
            .should().accessField(System.class, "out")
            .because("commands print through picocli's writers so tests can capture them; Main wires System.out");
}
