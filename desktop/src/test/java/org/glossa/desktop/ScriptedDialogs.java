package org.glossa.desktop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.stage.Window;

/** Dialogs answered by the test: each answer is set beforehand; what the editor suggested is recorded. */
final class ScriptedDialogs implements Dialogs {

    Optional<Path> file = Optional.empty();
    Optional<Path> projectFolder = Optional.empty();
    Optional<NewProject> newProject = Optional.empty();
    /** Where to export; empty: take the suggestion. */
    Optional<Path> exportTarget = Optional.empty();
    final List<Path> exportSuggestions = new ArrayList<>();
    /** The answer to "Export anyway?"; the warnings asked about are recorded. */
    boolean exportAnyway;
    final List<String> exportWarnings = new ArrayList<>();
    /** The answer to "Export anyway?" about untranslated segments or QA errors (yes unless a test says no). */
    boolean exportIncomplete = true;
    final List<String> incompleteWarnings = new ArrayList<>();
    /** The answer to "Confirm anyway?" about a segment's QA errors (yes unless a test says no). */
    boolean confirmAnyway = true;
    final List<String> confirmWarnings = new ArrayList<>();

    @Override
    public Optional<Path> openFile(Window owner) {
        return file;
    }

    @Override
    public Optional<Path> openProject(Window owner) {
        return projectFolder;
    }

    @Override
    public Optional<NewProject> newProject(Window owner, String sourceLanguage, String targetLanguage) {
        return newProject;
    }

    @Override
    public Optional<Path> exportTo(Window owner, Path suggested) {
        exportSuggestions.add(suggested);
        return Optional.of(exportTarget.orElse(suggested));
    }

    @Override
    public boolean exportAnyway(Window owner, String warning) {
        exportWarnings.add(warning);
        return exportAnyway;
    }

    @Override
    public boolean exportIncomplete(Window owner, String warning) {
        incompleteWarnings.add(warning);
        return exportIncomplete;
    }

    @Override
    public boolean confirmAnyway(Window owner, String warning) {
        confirmWarnings.add(warning);
        return confirmAnyway;
    }
}
