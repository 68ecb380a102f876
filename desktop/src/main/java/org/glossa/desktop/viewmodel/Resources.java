package org.glossa.desktop.viewmodel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.TermAnnotator;
import org.glossa.core.glossary.io.GlossaryReader;
import org.glossa.core.model.Document;
import org.glossa.core.qa.Check;
import org.glossa.core.qa.QaEngine;
import org.glossa.core.qa.check.Checks;
import org.glossa.core.qa.check.EmptyTargetCheck;
import org.glossa.core.qa.term.TermChecks;
import org.glossa.core.qa.term.TermForbiddenCheck;
import org.glossa.core.qa.term.TermMissingCheck;
import org.glossa.core.tm.index.TranslationMemory;
import org.glossa.core.tm.score.MatchScorer;

/**
 * The glossaries and memories given on the command line, and what the editor builds from them for a document's
 * language pair: term annotation, the QA checks and the translation memory.
 *
 * @param glossaries glossaries, already read
 * @param memories   TMX files (opened per language pair; their indexes are built beside them on first use)
 */
public record Resources(List<Glossary> glossaries, List<Path> memories) {

    public static final Resources NONE = new Resources(List.of(), List.of());

    public Resources {
        glossaries = List.copyOf(glossaries);
        memories = List.copyOf(memories);
    }

    /** Reads the glossary files (a bad glossary is an error naming the file). */
    public static Resources read(List<Path> glossaryFiles, List<Path> memories) {
        List<Glossary> read = new ArrayList<>();
        for (Path file : glossaryFiles) read.add(GlossaryReader.read(file));
        return new Resources(read, memories);
    }

    /** The document with the glossaries' terms marked (as it is without glossaries). */
    public Document annotate(Document document, String source, String target) {
        if (glossaries.isEmpty()) return document;
        return new TermAnnotator(glossaries, source, target).annotate(document);
    }

    /**
     * The standard checks, plus the term checks when there are glossaries. An empty target is not an issue while
     * translating, so that check is off.
     */
    public QaEngine qa(String source, String target) {
        List<Check> checks = new ArrayList<>(Checks.standard());
        if (!glossaries.isEmpty()) {
            TermChecks terms = new TermChecks(glossaries, source, target);
            checks.add(new TermMissingCheck(terms));
            checks.add(new TermForbiddenCheck(terms));
        }
        return new QaEngine(checks, Set.of(EmptyTargetCheck.ID));
    }

    /** Opens the memories for the pair (slow the first time: it builds the indexes); the caller closes it. */
    public TranslationMemory openMemory(String source, String target) throws IOException {
        return TranslationMemory.open(memories, source, target,
                new MatchScorer(Locale.forLanguageTag(source), Locale.forLanguageTag(target)));
    }
}
