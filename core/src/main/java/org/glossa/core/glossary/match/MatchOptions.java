package org.glossa.core.glossary.match;

import org.glossa.core.lang.LanguageTags;

/**
 * Tuning of a {@link TermMatcher}.
 *
 * @param compoundHeads    a one-word term also matches as the head (end) of a longer closed compound in the text
 *                         ("Verteidigung" in "Landesverteidigung"); on by default for German
 * @param minCompoundPrefix letters that must precede the head in the compound (the modifier part)
 * @param minCompoundHead  letters a one-word term needs to be looked for as a compound head
 */
public record MatchOptions(boolean compoundHeads, int minCompoundPrefix, int minCompoundHead) {
    public static final int DEFAULT_MIN_PREFIX = 4;
    public static final int DEFAULT_MIN_HEAD = 5;

    public MatchOptions {
        if (minCompoundPrefix < 1 || minCompoundHead < 1) throw new IllegalArgumentException("lengths must be positive");
    }

    /** Compound heads for German, off for other languages. */
    public static MatchOptions defaultsFor(String language) {
        String lang = LanguageTags.language(language);
        return new MatchOptions(lang.equals("de"), DEFAULT_MIN_PREFIX, DEFAULT_MIN_HEAD);
    }

    public MatchOptions withCompoundHeads(boolean on) {
        return new MatchOptions(on, minCompoundPrefix, minCompoundHead);
    }
}
