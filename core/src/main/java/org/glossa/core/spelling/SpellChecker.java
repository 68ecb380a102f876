package org.glossa.core.spelling;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.TimeoutPolicy;
import org.glossa.core.text.BoundedMemo;

/**
 * Checks the words of a text against a Hunspell dictionary and a set of known words (the user's and the project's
 * word lists, glossary terms, names not to translate). Compounds, hyphenated words and affixes are accepted as
 * Hunspell accepts them ("Schlüsselrolle", "EU-Kommission"). Left alone: whitespace-separated chunks that hold a
 * digit, {@code ://}, {@code @}, {@code www.}, {@code _}, {@code /}, {@code \}, {@code =} (numbers, URLs, e-mail
 * addresses, handles, paths, code), hyphenated compounds whose every part is a word (a part may be a word of the
 * caller's, e.g. the source's: "Breaking-News-Team"), inline codes (private-use characters and ⟨…⟩ markers), acronyms in capitals
 * ("NATO") and single letters. Thread-safe; suggestions stop after {@link #SUGGESTION_TIME_LIMIT_MS} and return what
 * they found by then.
 */
public final class SpellChecker {
    /** How long suggestions may take (Hunspell's search can take seconds on a long German compound). */
    public static final long SUGGESTION_TIME_LIMIT_MS = 1_000;
    private static final Pattern CHUNK = Pattern.compile("[^\\s\\uE000-\\uF8FF⟨⟩]+");
    private static final Pattern NOT_WORDS = Pattern.compile("\\p{N}|://|@|(?i)^www\\.|[_/\\\\=]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:[-'’][\\p{L}\\p{M}]+)*(?:-(?![\\p{L}\\p{M}]))?");

    /** How many distinct words the memo of the dictionary's answers keeps before it starts again. */
    private static final int MEMO_BOUND = 100_000;

    private final Dictionary dictionary;
    private final Set<String> known;
    /** A Hunspell per thread for checking words (it holds per-call buffers; the dictionary is shared). */
    private final ThreadLocal<Hunspell> spellers = ThreadLocal.withInitial(this::hunspell);
    /** The dictionary's answer for each distinct word asked (a run's vocabulary repeats; Hunspell's check does not). */
    private final BoundedMemo<String, Boolean> spelt = new BoundedMemo<>(MEMO_BOUND, w -> spellers.get().spell(w));

    /** A checker over {@code dictionary} that also accepts {@code knownWords} (multi-word entries count word by word). */
    public SpellChecker(Dictionary dictionary, Collection<String> knownWords) {
        this.dictionary = dictionary;
        Set<String> words = new HashSet<>();
        for (String entry : knownWords) {
            Matcher m = WORD.matcher(entry);
            while (m.find()) words.add(m.group());
            String trimmed = entry.strip();
            if (!trimmed.isEmpty()) words.add(trimmed);
        }
        this.known = Set.copyOf(words);
    }

    /** The checker for {@code tag}'s installed dictionary with {@code knownWords}, or empty when there is none. */
    public static Optional<SpellChecker> forLanguage(String tag, Collection<String> knownWords) {
        return Dictionaries.forLanguage(tag).map(d -> new SpellChecker(d, knownWords));
    }

    /** This checker knowing {@code more} words as well. */
    public SpellChecker withWords(Collection<String> more) {
        List<String> all = new ArrayList<>(known);
        all.addAll(more);
        return new SpellChecker(dictionary, all);
    }

    /** The misspelt words of {@code text}, in order. */
    public List<Misspelling> check(String text) {
        return check(text, Set.of());
    }

    /**
     * The misspelt words of {@code text}, in order, {@code alsoKnown} accepted (e.g. the capitalised words of the
     * source, names); a part of a hyphenated compound is accepted when it is one of them in any case.
     */
    public List<Misspelling> check(String text, Set<String> alsoKnown) {
        Set<String> alsoKnownFolded = null;
        List<Misspelling> out = new ArrayList<>();
        Matcher chunk = CHUNK.matcher(text);
        Matcher notWords = NOT_WORDS.matcher("");
        Matcher word = WORD.matcher(text);
        while (chunk.find()) {
            if (notWords.reset(chunk.group()).find()) continue;
            word.region(chunk.start(), chunk.end());
            while (word.find()) {
                String w = word.group();
                if (skipped(w) || alsoKnown.contains(w) || accepted(w, text, word.end())) continue;
                if (alsoKnownFolded == null) alsoKnownFolded = folded(alsoKnown);
                if (hyphenPartsAccepted(w, alsoKnownFolded)) continue;
                out.add(new Misspelling(w, word.start(), word.end()));
            }
        }
        return out;
    }

    private static Set<String> folded(Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) out.add(w.toLowerCase(Locale.ROOT));
        return out;
    }

    /** Whether {@code word} is spelt right (a known word, or one the dictionary accepts). */
    public boolean isCorrect(String word) {
        return skipped(word) || accepted(word, word, word.length());
    }

    /**
     * Corrections for {@code word}, best first, at most {@code limit}; whatever was found within
     * {@link #SUGGESTION_TIME_LIMIT_MS}.
     */
    public List<String> suggest(String word, int limit) {
        return suggest(word, limit, SUGGESTION_TIME_LIMIT_MS);
    }

    /** As {@link #suggest(String, int)}, searching at most {@code timeLimitMs} milliseconds. */
    public List<String> suggest(String word, int limit, long timeLimitMs) {
        String w = word.endsWith("-") ? word.substring(0, word.length() - 1) : word;
        List<String> found = hunspell().suggest(w, timeLimitMs);
        return found.size() <= limit ? List.copyOf(found) : List.copyOf(found.subList(0, limit));
    }

    private Hunspell hunspell() {
        // A Hunspell holds per-call buffers: one per call or thread keeps the checker thread-safe (the dictionary is shared).
        return new Hunspell(dictionary, TimeoutPolicy.RETURN_PARTIAL_RESULT, () -> { });
    }

    private static boolean skipped(String word) {
        if (word.codePointCount(0, word.length()) < 2) return true;
        String letters = word.replace("-", "").replace("'", "").replace("’", "");
        return letters.length() > 1 && letters.equals(letters.toUpperCase(Locale.ROOT))
                && !letters.equals(letters.toLowerCase(Locale.ROOT));
    }

    private boolean accepted(String word, String text, int end) {
        if (isKnown(word)) return true;
        if (word.endsWith("-")) {
            String stem = word.substring(0, word.length() - 1);
            return isKnown(stem) || spelt.get(word) || spelt.get(stem);
        }
        if (spelt.get(word)) return true;
        // abbreviations the dictionary has with their full stop ("bzw.", "Dr.")
        return end < text.length() && text.charAt(end) == '.' && spelt.get(word + ".");
    }

    /**
     * A hyphenated compound whose every part is a word ("Breaking-News-Team" where the source has "Breaking News",
     * "euro-atlantischen" with "Euro"): a part may be known, in the source, or spelt right capitalised.
     */
    private boolean hyphenPartsAccepted(String word, Set<String> alsoKnownFolded) {
        if (word.indexOf('-') <= 0) return false;
        for (String part : word.split("-")) {
            if (part.isEmpty() || skipped(part) || alsoKnownFolded.contains(part.toLowerCase(Locale.ROOT)) || isKnown(part)
                    || spelt.get(part)) continue;
            String capitalised = part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1);
            if (!spelt.get(capitalised)) return false;
        }
        return true;
    }

    private boolean isKnown(String word) {
        if (known.contains(word)) return true;
        // a known word capitalised at the start of a sentence
        String lowered = word.substring(0, 1).toLowerCase(Locale.ROOT) + word.substring(1);
        return !lowered.equals(word) && known.contains(lowered);
    }
}
