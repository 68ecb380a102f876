package org.glossa.core.segment.news;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sentence rules of one language, read from a resource file {@code <lang>.txt} next to this class: word lists in
 * sections ({@code [titles]}, {@code [abbreviations]}, ...) and options. Immutable; loaded once per language.
 *
 * @param language            primary language subtag ("en", "de")
 * @param titles              words written before a name, never the end of a sentence ("dr", "gen", "prof"), lower case
 * @param abbreviations       other abbreviations, lower case, without the final period ("co", "etc", "bzw", "u.a")
 * @param numberAbbreviations abbreviations that stand before a number ("no", "p", "nr", "art")
 * @param starters            words that begin sentences ("The", "He", "Die"), as written
 * @param times               abbreviations after a clock time ("a.m", "p.m"), lower case
 * @param timeContinuations   words after a clock time that go on the sentence ("monday", "et"), lower case
 * @param pronounI            a capital "I." after a lower-case word is the pronoun, not an initial (English)
 * @param capitalizedNouns    nouns are capitalized: an abbreviation before a capitalized word ends a sentence only
 *                            when that word is a sentence starter (German)
 * @param numericOrdinals     "10. Januar": a one- or two-digit number with a period is an ordinal (German)
 * @param inlineNumberedLists "1. One 2. Two" on one line is a list (English)
 */
public record LanguagePack(String language, Set<String> titles, Set<String> abbreviations,
        Set<String> numberAbbreviations, Set<String> starters, Set<String> times, Set<String> timeContinuations,
        boolean pronounI, boolean capitalizedNouns, boolean numericOrdinals, boolean inlineNumberedLists) {

    private static final Map<String, Optional<LanguagePack>> CACHE = new ConcurrentHashMap<>();

    /** The pack for {@code language} (BCP 47; its primary subtag is used), if Glossa has one. */
    public static Optional<LanguagePack> forLanguage(String language) {
        String primary = language.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return CACHE.computeIfAbsent(primary, LanguagePack::load);
    }

    /** Languages with a pack. */
    public static List<String> languages() {
        return List.of("en", "de");
    }

    private static Optional<LanguagePack> load(String primary) {
        if (!primary.matches("[a-z]{2,3}")) return Optional.empty();
        try (InputStream in = LanguagePack.class.getResourceAsStream(primary + ".txt")) {
            if (in == null) return Optional.empty();
            return Optional.of(parse(primary, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the segmentation rules for " + primary, e);
        }
    }

    static LanguagePack parse(String language, BufferedReader reader) throws IOException {
        Map<String, Set<String>> sections = new HashMap<>();
        String section = null;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) continue;
            if (text.startsWith("[") && text.endsWith("]")) {
                section = text.substring(1, text.length() - 1);
                sections.computeIfAbsent(section, k -> new HashSet<>());
                continue;
            }
            if (section == null) throw new IllegalStateException(language + ".txt: words before the first [section]");
            for (String word : text.split("\\s+")) sections.get(section).add(word);
        }
        Set<String> options = sections.getOrDefault("options", Set.of());
        return new LanguagePack(language,
                lower(sections.get("titles")), lower(sections.get("abbreviations")),
                lower(sections.get("number-abbreviations")), Set.copyOf(sections.getOrDefault("starters", Set.of())),
                lower(sections.get("times")), lower(sections.get("time-continuations")),
                options.contains("pronoun-i"), options.contains("capitalized-nouns"),
                options.contains("numeric-ordinals"), options.contains("inline-numbered-lists"));
    }

    private static Set<String> lower(Set<String> words) {
        if (words == null) return Set.of();
        Set<String> out = new HashSet<>();
        for (String w : words) out.add(w.toLowerCase(Locale.ROOT));
        return Set.copyOf(out);
    }
}
