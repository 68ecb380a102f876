package org.glossa.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries the server relies on: core knows no web or database code (the server adds it around
 * core's public API), and the server does not reach into the command line or the editor.
 */
class ServerArchitectureTest {
    private static final String[] WEB_AND_DATABASE = {"io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..",
        "java.sql..", "javax.sql..", "org.postgresql..", "com.zaxxer..", "org.flywaydb..", "io.zonky..",
        "org.glossa.server.."};

    @Test
    void coreKnowsNoWebOrDatabaseCode() {
        JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.glossa.core");
        noClasses().should().dependOnClassesThat().resideInAnyPackage(WEB_AND_DATABASE)
                .because("core is a library; the server module adds web and database code").check(core);
    }

    @Test
    void serverUsesNeitherCommandLineNorEditor() {
        JavaClasses server = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.glossa.server");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.glossa.cli..", "org.glossa.desktop..")
                .check(server);
    }
}
