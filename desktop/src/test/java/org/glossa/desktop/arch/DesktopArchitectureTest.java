package org.glossa.desktop.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.glossa.core.io.AtomicFiles;
import org.glossa.core.io.FileIdentity;
import org.glossa.core.io.LockFile;
import org.glossa.core.io.UserFolders;

/** The desktop uses core's public API only; view models are free of UI nodes; only the CLI writes to System.out. */
@AnalyzeClasses(packages = "org.glossa.desktop", importOptions = ImportOption.DoNotIncludeTests.class)
class DesktopArchitectureTest {
    @ArchTest
    static final ArchRule onlyCorePublicApi = noClasses().should().dependOnClassesThat(
            resideInAnyPackage("org.glossa.core.okapi..", "org.glossa.core.format..", "org.glossa.core.structure..",
                    "org.glossa.core.io..", "net.sf.okapi..", "org.apache.tika..", "picocli..", "org.glossa.cli..")
                    .and(not(belongToAnyOf(AtomicFiles.class, FileIdentity.class, LockFile.class, UserFolders.class))))
            .because("the desktop uses core's public API; of core's io package only the atomic file writer, the"
                    + " lock file (to show waits for a memory's lock and to guard the server write queue's journal),"
                    + " the file identity (whether that journal changed since it was read) and the user's folders"
                    + " (where that journal lives)");

    @ArchTest
    static final ArchRule viewModelsHaveNoNodes = noClasses().that().resideInAPackage("org.glossa.desktop.viewmodel..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("view models are tested without a window (MVVM)");

    @ArchTest
    static final ArchRule noStdout = noClasses().should().accessField(System.class, "out");

    @ArchTest
    static final ArchRule viewsNeverReachCore = noClasses().that().resideInAPackage("org.glossa.desktop.view..")
            .should().dependOnClassesThat().resideInAnyPackage("org.glossa.core..")
            .because("views bind to view models; only view models call core (MVVM)");

    /**
     * Desktop logic lives in view models, tested without a window: the window's own classes (Workspace with the
     * stage and menus, the dialogs, the fx adapters) only wire views to view models and never call core themselves.
     * Outside the view models only the start-up code reaches core: GlossaApp (the composition root: which document
     * loader, where lock waits are told), LaunchOptions (checking the command line) and Warmup (JIT warm-up).
     */
    @ArchTest
    static final ArchRule desktopLogicInViewModels = noClasses()
            .that().resideInAnyPackage("org.glossa.desktop", "org.glossa.desktop.fx..")
            .and().doNotHaveFullyQualifiedName("org.glossa.desktop.GlossaApp")
            .and().doNotHaveFullyQualifiedName("org.glossa.desktop.LaunchOptions")
            .and().doNotHaveFullyQualifiedName("org.glossa.desktop.Warmup")
            .should().dependOnClassesThat().resideInAnyPackage("org.glossa.core..")
            .because("desktop logic lives in view models, tested without a window (MVVM)");
}
