package org.glossa.desktop.viewmodel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import org.glossa.core.InputException;

/** Adding a term to the glossary file (see {@link Resources#termFile}) from the Add Term dialog. */
final class GlossaryAdditions {

    private GlossaryAdditions() {
    }

    /** The Add Term dialog, prefilled with the selections, telling which glossary file it adds to. */
    static AddTermViewModel dialog(Resources resources, Optional<Path> documentFolder, String sourceSelection,
            String targetSelection) {
        String destination = resources.termFile(documentFolder)
                .map(f -> (Files.exists(f) ? "Adds to " : "Creates ") + f.getFileName())
                .orElse("No glossary file to add to: open a document from a file or start with -g GLOSSARY");
        return new AddTermViewModel(sourceSelection, targetSelection, destination);
    }

    /**
     * Appends {@code term} to the glossary file and tells what it did.
     *
     * @return the resources with the grown glossary; empty, with the reason told, when it could not be written
     */
    static Optional<Resources> add(Resources resources, NewTerm term, String sourceLanguage, String targetLanguage,
            Optional<Path> documentFolder, Consumer<String> tell) {
        Optional<Path> file = resources.termFile(documentFolder);
        Resources grown;
        try {
            grown = resources.withTerm(term, sourceLanguage, targetLanguage, documentFolder);
        } catch (IOException | UncheckedIOException | IllegalStateException | InputException e) {
            tell.accept("Could not add the term: " + e.getMessage());
            return Optional.empty();
        }
        tell.accept("Added “" + term.source() + "” → “" + term.target() + "” to "
                + file.map(f -> f.getFileName().toString()).orElse("the glossary"));
        return Optional.of(grown);
    }
}
