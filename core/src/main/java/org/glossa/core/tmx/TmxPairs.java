package org.glossa.core.tmx;

import java.util.List;
import org.glossa.core.lang.LanguagePairs;
import org.glossa.core.lang.LanguageTags;

/** The language pairs of TMX units, counted into {@link LanguagePairs} for the check that a memory holds a pair. */
public final class TmxPairs {
    private TmxPairs() {
    }

    /**
     * Counts the pairs of a TMX unit: its source variant (the requested source language when it has one, else the
     * header's source language, else its first variant) to each of its other variants.
     */
    public static void count(LanguagePairs pairs, TranslationUnit tu, String headerSource, String src) {
        List<Variant> vs = tu.variants();
        if (vs.isEmpty()) return;
        Variant source = vs.stream().filter(v -> LanguageTags.matches(v.language(), src)).findFirst()
                .or(() -> vs.stream().filter(v -> !headerSource.isBlank() && LanguageTags.matches(v.language(), headerSource)).findFirst())
                .orElse(vs.get(0));
        boolean any = false;
        for (Variant v : vs) {
            if (v == source) continue;
            pairs.add(source.language(), v.language());
            any = true;
        }
        if (!any) pairs.addSourceOnly(source.language());
    }

    /** Whether {@code tu} has a variant in {@code language} other than its source variant in {@code source}. */
    public static boolean hasTarget(TranslationUnit tu, String source, String language) {
        return tu.variants().stream().anyMatch(v -> LanguageTags.matches(v.language(), language)
                && !LanguageTags.matches(v.language(), source));
    }

    /** Whether {@code tu} has a variant in a language other than {@code source} (any target at all). */
    public static boolean hasOtherLanguage(TranslationUnit tu, String source) {
        return tu.variants().stream().anyMatch(v -> !LanguageTags.matches(v.language(), source));
    }
}
