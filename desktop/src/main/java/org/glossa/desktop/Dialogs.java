package org.glossa.desktop;

import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.Window;

/** The dialogs that ask for files and folders; the application shows JavaFX's, tests answer for the user. */
public interface Dialogs {

    /** What File → New Project… asks for. */
    record NewProject(Path folder, String sourceLanguage, String targetLanguage) {
    }

    /** A document, XLIFF or project file to open. */
    Optional<Path> openFile(Window owner);

    /** A project folder. */
    Optional<Path> openProject(Window owner);

    /** The folder and languages of a new project. */
    Optional<NewProject> newProject(Window owner, String sourceLanguage, String targetLanguage);

    /** Where to export, suggesting {@code suggested}. */
    Optional<Path> exportTo(Window owner, Path suggested);

    /** Asks whether to export although {@code warning} says what the exported document would lose. */
    boolean exportAnyway(Window owner, String warning);

    /** Asks whether to export although {@code warning} names untranslated segments or QA errors. */
    boolean exportIncomplete(Window owner, String warning);

    /** Asks whether to confirm the segment although {@code warning} names its QA errors. */
    boolean confirmAnyway(Window owner, String warning);
}
