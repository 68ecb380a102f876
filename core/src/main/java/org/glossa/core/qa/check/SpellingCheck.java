package org.glossa.core.qa.check;

import org.glossa.core.text.QaWordTokenizer;
import org.glossa.core.text.WordToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.Term;
import org.glossa.core.qa.AbstractCheck;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.SegmentPair;
import org.glossa.core.qa.Severity;
import org.glossa.core.qa.Span;
import org.glossa.core.spelling.Dictionaries;
import org.glossa.core.spelling.SpellChecker;
import org.glossa.core.spelling.WordList;

/**
 * Words of the target the target language's Hunspell dictionary does not know ({@link SpellChecker}: compounds as
 * Hunspell accepts them; numbers, URLs, codes and acronyms left alone). Known as well: the glossaries' terms of the
 * target language and every term of a do-not-translate concept, the word lists ({@link WordList}: the user's, a
 * project's), and words the source has too, as written (names such as "Stoltenberg"; a part of a hyphenated
 * compound in any case: "Breaking-News-Team" for "breaking news team"). A target language without an
 * installed dictionary gives no findings. The dictionary is loaded on the first target of its language.
 */
public final class SpellingCheck extends AbstractCheck {
    public static final String ID = "spelling";

    private final List<Glossary> glossaries;
    private final Function<String, List<WordList>> wordLists;
    private final Map<String, Optional<SpellChecker>> byLanguage = new ConcurrentHashMap<>();

    /**
     * @param glossaries whose terms are known words
     * @param wordLists  the word lists of a target language tag
     */
    public SpellingCheck(List<Glossary> glossaries, Function<String, List<WordList>> wordLists) {
        super(ID, Severity.WARNING, "spelling");
        this.glossaries = List.copyOf(glossaries);
        this.wordLists = wordLists;
    }

    /** Glossary terms and the user's word list of each language. */
    public SpellingCheck(List<Glossary> glossaries) {
        this(glossaries, tag -> List.of(WordList.user(tag)));
    }

    /** Loads the target language's Hunspell dictionary, which every spelling check of the process shares. */
    @Override
    public void prepare(String sourceLanguage, String targetLanguage) {
        Dictionaries.forLanguage(targetLanguage);
    }

    @Override
    public List<Finding> check(SegmentPair pair) {
        Optional<SpellChecker> checker = byLanguage.computeIfAbsent(pair.targetLanguage(), this::checkerFor);
        if (checker.isEmpty()) return List.of();
        List<Finding> out = new ArrayList<>();
        var misspelt = checker.get().check(pair.targetText(), sourceWords(pair.sourceText()));
        for (var m : misspelt) {
            out.add(finding(pair, "\"" + m.word() + "\" is not in the " + pair.targetLanguage() + " dictionary", null,
                    new Span(m.start(), m.end())));
        }
        return out;
    }

    /**
     * The words of {@code glossaries} a spell checker of {@code targetLanguage} knows: the terms of that language
     * and every term of a do-not-translate concept (the editor's live spelling knows the same).
     */
    public static List<String> knownTerms(List<Glossary> glossaries, String targetLanguage) {
        List<String> known = new ArrayList<>();
        for (Glossary g : glossaries) {
            for (Concept c : g.concepts()) {
                List<Term> terms = c.doNotTranslate() ? c.terms() : c.termsIn(targetLanguage);
                for (Term t : terms) known.add(t.text());
            }
        }
        return known;
    }

    private Optional<SpellChecker> checkerFor(String targetLanguage) {
        List<String> known = knownTerms(glossaries, targetLanguage);
        try {
            for (WordList list : wordLists.apply(targetLanguage)) known.addAll(list.words());
        } catch (IOException e) {
            throw new UncheckedIOException("reading a word list", e);
        }
        return SpellChecker.forLanguage(targetLanguage, known);
    }

    private static Set<String> sourceWords(String source) {
        Set<String> out = new HashSet<>();
        for (WordToken t : QaWordTokenizer.words(source)) out.add(t.text());
        return out;
    }

    @Override
    public List<Example> examples() {
        return List.of(
                Example.good("NATO and the EU have played key roles.", "NATO und EU spielen eine Schlüsselrolle.", "en", "de",
                        "a compound Hunspell accepts"),
                Example.good("The European Commission met Vladimir Putin.",
                        "Die Europäische Kommission traf Wladimir Putin.", "en", "de", "names the dictionary knows"),
                Example.good("Jens Stoltenberg spoke at www.nato.int on 10 January 2023.",
                        "Jens Stoltenberg sprach am 10. Januar 2023 auf www.nato.int.", "en", "de",
                        "a name copied from the source, a URL and numbers"),
                Example.good("The EU-NATO declaration, e.g. its third part.",
                        "Die EU-NATO-Erklärung, z. B. ihr dritter Teil.", "en", "de", "hyphenated compound, abbreviation"),
                Example.good("She writes for DW's breaking news team in the wider Euro-Atlantic area.",
                        "Sie schreibt für das Breaking-News-Team der DW im euro-atlantischen Raum.", "en", "de",
                        "hyphenated compounds of source words and capitalised parts"),
                Example.bad("NATO and the EU have played key roles.", "NATO und EU spielen eine Schlsselrolle.", "en", "de",
                        "\"Schlsselrolle\" lacks its ü", new Span(25, 38)),
                Example.bad("The declaration was signed in Brussels.", "Die Erklärung wurde in Brüsel unterzeichnet.",
                        "en", "de", "\"Brüsel\"", new Span(23, 29)),
                Example.bad("The alliance is strong.", "The alliance is strongg.", "en", "en-US", "English dictionary",
                        new Span(16, 23)));
    }
}
