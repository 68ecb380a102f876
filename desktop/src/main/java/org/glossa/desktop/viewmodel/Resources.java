package org.glossa.desktop.viewmodel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.match.TermAnnotator;
import org.glossa.core.glossary.io.GlossaryReader;
import org.glossa.core.model.Document;
import org.glossa.core.model.Unit;
import org.glossa.core.qa.QaEngine;
import org.glossa.core.qa.check.Checks;
import org.glossa.core.qa.check.HouseStyle;
import org.glossa.core.qa.check.EmptyTargetCheck;
import org.glossa.core.qa.check.SpellingCheck;
import org.glossa.core.spelling.WordList;
import org.glossa.core.tm.index.TranslationMemory;

/**
 * The glossaries and memories given on the command line, and what the editor builds from them for a document's
 * language pair: term annotation, the QA checks and the translation memory.
 *
 * @param glossaries    glossaries, already read
 * @param memories      TMX files (opened per language pair; their indexes are built beside them on first use)
 * @param glossaryFiles the files of the glossaries, in the same order (none for glossaries made in memory)
 * @param termbases     termbases read from a server (marked and checked like the glossaries; they have no file and
 *                      new terms never go to them); see {@link ServerLink}
 */
public record Resources(List<Glossary> glossaries, List<Path> memories, List<Path> glossaryFiles,
        List<Glossary> termbases) {

    public static final Resources NONE = new Resources(List.of(), List.of());

    public Resources {
        glossaries = List.copyOf(glossaries);
        memories = List.copyOf(memories);
        glossaryFiles = List.copyOf(glossaryFiles);
        termbases = List.copyOf(termbases);
        if (!glossaryFiles.isEmpty() && glossaryFiles.size() != glossaries.size()) {
            throw new IllegalArgumentException("one file per glossary, or none");
        }
    }

    /** Glossaries with their files, no server termbases. */
    public Resources(List<Glossary> glossaries, List<Path> memories, List<Path> glossaryFiles) {
        this(glossaries, memories, glossaryFiles, List.of());
    }

    /** Glossaries without files: terms cannot be added to them. */
    public Resources(List<Glossary> glossaries, List<Path> memories) {
        this(glossaries, memories, List.of());
    }

    /**
     * Reads the glossary files with the languages of the work, as {@code glossa} does (they name the columns of a
     * headerless glossary); a bad glossary is an error naming the file.
     */
    public static Resources read(List<Path> glossaryFiles, List<Path> memories, String source, String target) {
        return new Resources(GlossaryReader.readAll(glossaryFiles, source, target), memories, glossaryFiles);
    }

    /**
     * The file a new term goes to: the first loaded glossary Glossa can write (TBX, CSV, TSV), else
     * {@value GlossaryFile#NEW_GLOSSARY_NAME} in {@code documentFolder}; empty when there is neither.
     */
    public Optional<Path> termFile(Optional<Path> documentFolder) {
        return writable().map(i -> glossaryFiles.get(i))
                .or(() -> documentFolder.map(folder -> folder.resolve(GlossaryFile.NEW_GLOSSARY_NAME)));
    }

    /**
     * Adds {@code term} to the glossary of {@link #termFile} and writes it.
     *
     * @return these resources with the grown glossary (a new glossary file joins the list)
     * @throws IllegalStateException when there is no glossary file and no document folder
     */
    public Resources withTerm(NewTerm term, String source, String target, Optional<Path> documentFolder)
            throws IOException {
        Optional<Integer> index = writable();
        List<Glossary> nextGlossaries = new ArrayList<>(glossaries);
        List<Path> nextFiles = new ArrayList<>(glossaryFiles);
        if (index.isPresent()) {
            int i = index.get();
            Path file = glossaryFiles.get(i);
            GlossaryFile grown = new GlossaryFile(file, GlossaryFile.formatOf(file).orElseThrow(), glossaries.get(i))
                    .append(term, source, target);
            nextGlossaries.set(i, grown.glossary());
        } else {
            Path folder = documentFolder.orElseThrow(() -> new IllegalStateException(
                    "no glossary file to add the term to: open a document from a file or start with -g GLOSSARY"));
            if (glossaryFiles.isEmpty() && !glossaries.isEmpty()) {
                throw new IllegalStateException("the glossaries have no files to add the term to");
            }
            GlossaryFile created = GlossaryFile.besideDocument(folder).append(term, source, target);
            nextGlossaries.add(created.glossary());
            nextFiles.add(created.file());
        }
        return new Resources(nextGlossaries, memories, nextFiles, termbases);
    }

    /** These resources with {@code serverTermbases} instead of the server termbases they have. */
    public Resources withTermbases(List<Glossary> serverTermbases) {
        return new Resources(glossaries, memories, glossaryFiles, serverTermbases);
    }

    /** The glossaries, then the server termbases: what terms are marked and checked with. */
    private List<Glossary> allGlossaries() {
        if (termbases.isEmpty()) return glossaries;
        List<Glossary> all = new ArrayList<>(glossaries);
        all.addAll(termbases);
        return all;
    }

    private Optional<Integer> writable() {
        for (int i = 0; i < glossaryFiles.size(); i++) {
            if (GlossaryFile.formatOf(glossaryFiles.get(i)).isPresent()) return Optional.of(i);
        }
        return Optional.empty();
    }

    /**
     * Marks the glossaries' terms in one unit at a time (the editor marks a unit when it is shown, so opening a long
     * file does not wait for all of them); {@code document} gives the languages and file context. The matcher is
     * built once.
     */
    public UnaryOperator<Unit> termMarker(Document document, String source, String target) {
        List<Glossary> all = allGlossaries();
        if (all.isEmpty()) return unit -> unit;
        TermAnnotator annotator = new TermAnnotator(all, source, target);
        Document shell = document.withUnits(List.of());
        return unit -> annotator.annotate(shell.withUnits(List.of(unit))).units().get(0);
    }

    /**
     * The check set of {@code glossa qa} and {@code run} ({@link Checks#withTerms}): the standard checks, plus the term
     * checks when there are glossaries. An empty target is not an issue while
     * translating, so that check is off.
     */
    public QaEngine qa(String source, String target) {
        return qa(source, target, Optional.empty());
    }

    /**
     * {@link #qa(String, String)} whose {@code spelling} check also knows the word list of {@code wordsFolder} (a
     * project's folder, or the document's), besides the user's.
     */
    public QaEngine qa(String source, String target, Optional<Path> wordsFolder) {
        return qa(source, target, wordsFolder, HouseStyle.DEFAULT);
    }

    /** {@link #qa(String, String, Optional)} with a project's house style (its quotation marks, {@code qa.quotes}). */
    public QaEngine qa(String source, String target, Optional<Path> wordsFolder, HouseStyle house) {
        List<Glossary> all = allGlossaries();
        SpellingCheck spelling = new SpellingCheck(all, tag -> WordList.known(tag, wordsFolder));
        return new QaEngine(Checks.withTerms(all, source, target, spelling, house), Set.of(EmptyTargetCheck.ID));
    }

    /** The terms the spell checker of {@code target} knows: that language's and the do-not-translate names. */
    public List<String> spellingTerms(String target) {
        return SpellingCheck.knownTerms(allGlossaries(), target);
    }

    /** Opens the memories for the pair (slow the first time: it builds the indexes); the caller closes it. */
    public TranslationMemory openMemory(String source, String target) throws IOException {
        return TranslationMemory.open(memories, source, target);
    }
}
