package org.glossa.core.lang;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.glossa.core.InputException;

/**
 * The language pairs a file holds, counted ({@code en→fr}: 33), and the one check that a glossary, memory or XLIFF
 * file holds the pair a command asked for: none of it is an input error naming the file and the pairs it does
 * hold; a memory with the pair and others too gets a warning with the counts. Never a silent empty result.
 */
public final class LanguagePairs {
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private long total;

    /** Counts one unit from {@code source} to {@code target}; tags are made canonical. */
    public void add(String source, String target) {
        counts.merge(arrow(source, target), 1L, Long::sum);
        total++;
    }

    /** Counts a unit that has no target language at all (only its source). */
    public void addSourceOnly(String source) {
        counts.merge(LanguageTags.canonical(source) + "→(none)", 1L, Long::sum);
        total++;
    }

    /** How many units were counted. */
    public long total() {
        return total;
    }

    /** "en→de" with canonical tags. */
    public static String arrow(String source, String target) {
        return LanguageTags.canonical(source) + "→" + LanguageTags.canonical(target);
    }

    /** How many units are {@code source→target} (a region or script variant matches: de-DE for de). */
    public long count(String source, String target) {
        long n = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            String[] st = e.getKey().split("→", 2);
            if (LanguageTags.matches(st[0], source) && LanguageTags.matches(st[1], target)) n += e.getValue();
        }
        return n;
    }

    /** The pairs counted, most frequent first: "en→fr (33), en→es (2)". */
    public String describe() {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
    }

    /**
     * Checks that the counted units hold {@code source→target}: an {@link InputException} naming {@code file} and the
     * pairs it holds when none does and some are for other pairs (an empty file, or units with only a source, are
     * not for another pair), a warning
     * when some units are for other pairs ("FILE: 30 of 63 units are en→de; also en→fr (33)"), else empty.
     * Units without a target language count as neither.
     */
    public Optional<String> check(String file, String what, String source, String target) {
        long wanted = count(source, target);
        long others = counts.entrySet().stream().filter(e -> !e.getKey().endsWith("→(none)"))
                .mapToLong(Map.Entry::getValue).sum() - wanted;
        if (wanted == 0 && others > 0) {
            throw new InputException(file, "holds no " + arrow(source, target) + " " + what + "; its language pairs: "
                    + describe());
        }
        if (others > 0) {
            LanguagePairs rest = new LanguagePairs();
            counts.forEach((k, v) -> {
                String[] st = k.split("→", 2);
                if (!(LanguageTags.matches(st[0], source) && LanguageTags.matches(st[1], target)) && !k.endsWith("→(none)")) {
                    rest.counts.put(k, v);
                }
            });
            return Optional.of(file + ": " + wanted + " of " + total + " " + what + " are " + arrow(source, target)
                    + ", the others left out: " + rest.describe());
        }
        return Optional.empty();
    }

    /**
     * Checks that a file written for one pair ({@code fileSource→fileTarget}, an XLIFF file) is for the pair asked
     * for; a missing target language in the file (an XLIFF without {@code trgLang}) is taken as the one asked for.
     */
    public static void requireSame(String file, String fileSource, Optional<String> fileTarget, String source,
                                   String target) {
        boolean ok = LanguageTags.matches(fileSource, source)
                && fileTarget.map(t -> t.isBlank() || LanguageTags.matches(t, target)).orElse(true);
        if (!ok) {
            throw new InputException(file, "is " + arrow(fileSource, fileTarget.filter(t -> !t.isBlank()).orElse("?"))
                    + ", not " + arrow(source, target) + " (-s/-t)");
        }
    }

    /**
     * Checks that a glossary's languages hold {@code source} and {@code target}: an {@link InputException} naming
     * the file and the languages it has otherwise. An empty glossary passes.
     */
    public static void requireLanguages(String file, Collection<String> languages, String source, String target) {
        if (languages.isEmpty()) return;
        boolean hasSource = languages.stream().anyMatch(l -> LanguageTags.matches(l, source));
        boolean hasTarget = languages.stream().anyMatch(l -> LanguageTags.matches(l, target));
        if (!hasSource || !hasTarget) {
            throw new InputException(file, "has no " + (hasSource ? LanguageTags.canonical(target)
                    : hasTarget ? LanguageTags.canonical(source) : arrow(source, target)) + " terms; its languages: "
                    + languages.stream().map(LanguageTags::canonical).collect(Collectors.joining(", ")));
        }
    }
}
