package org.glossa.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The server's own boundary: it does not reach into the command line or the editor. That core knows no web or
 * database code (nor the server) is core's rule ({@code CoreArchitectureTest}), checked where core is built.
 */
class ServerArchitectureTest {
    @Test
    void serverUsesNeitherCommandLineNorEditor() {
        JavaClasses server = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.glossa.server");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.glossa.cli..", "org.glossa.desktop..")
                .because("the server is built on core's public API alone").check(server);
    }
}
