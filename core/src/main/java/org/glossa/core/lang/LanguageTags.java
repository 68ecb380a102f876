package org.glossa.core.lang;

import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.glossa.core.InputException;

/**
 * BCP 47 language tags, through {@link Locale}: canonical form, validation of a tag a user typed, and matching a
 * tag against a wanted language. The one language-tag utility of Glossa (glossaries, TMX, the command line, the
 * editor).
 */
public final class LanguageTags {
    private static final Set<String> TWO_LETTER = Set.of(Locale.getISOLanguages());
    private static final Set<String> THREE_LETTER = threeLetterCodes();
    /** Canonical forms already computed (a TMX file repeats a few tags on every unit); bounded. */
    private static final ConcurrentHashMap<String, String> CANONICAL = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 1_000;

    private LanguageTags() {
    }

    /**
     * The canonical form: underscores become hyphens; language lower case, script title case, region upper case,
     * extensions and private use lower case; deprecated and grandfathered codes replaced ("iw" gives "he", "in" "id",
     * "ji" "yi", "i-klingon" "tlh"). A tag that is not well-formed is only case-normalised that way, nothing of it
     * dropped; an empty tag stays empty.
     */
    public static String canonical(String tag) {
        String cached = CANONICAL.get(tag);
        if (cached != null) return cached;
        String t = tag.trim().replace('_', '-');
        String out = t.isEmpty() ? t : wellFormed(t).orElseGet(() -> caseNormalised(t));
        if (CANONICAL.size() < CACHE_LIMIT) CANONICAL.put(tag, out);
        return out;
    }

    /** The canonical form of {@code tag} when it is well-formed BCP 47 (underscores allowed), else empty. */
    public static Optional<String> wellFormed(String tag) {
        String t = tag.trim().replace('_', '-');
        if (t.isEmpty()) return Optional.empty();
        try {
            new Locale.Builder().setLanguageTag(t);
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
        return Optional.of(Locale.forLanguageTag(t).toLanguageTag());
    }

    /**
     * A tag a user gave for {@code option} ("--target"), in canonical form; an {@link InputException} naming the
     * option when it is not a language tag: not well-formed, or its language is not a 2-letter ISO 639-1 code or a
     * 3-letter code ("-t deutsch", "-t xx").
     */
    public static String parse(String tag, String option) {
        String bad = "'" + tag + "' is not a BCP 47 language tag";
        Optional<String> canonical = tag == null ? Optional.empty() : wellFormed(tag);
        if (canonical.isEmpty()) throw new InputException(option, bad);
        String language = language(canonical.get());
        boolean ok = language.length() == 2 ? TWO_LETTER.contains(language) : language.length() == 3;
        if (!ok) throw new InputException(option, bad + " (the language is an ISO 639 code such as en, de or pt-BR)");
        return canonical.get();
    }

    /**
     * The canonical tag when {@code tag} is well-formed and its language a known ISO 639 code (every ISO 639-1 code,
     * their ISO 639-2 forms and a few more), else empty: for telling language columns from other column names.
     */
    public static Optional<String> known(String tag) {
        return wellFormed(tag).filter(t -> {
            String language = language(t);
            return language.length() == 2 ? TWO_LETTER.contains(language) : THREE_LETTER.contains(language);
        });
    }

    /** The language subtag of the canonical tag ("de" for "de-AT", "he" for "iw"), "" when there is none. */
    public static String language(String tag) {
        return Locale.forLanguageTag(canonical(tag)).getLanguage();
    }

    /**
     * Whether {@code tag} is {@code wanted} or a script/region variant of it, or the reverse ("de" and "de-AT", "iw"
     * and "he-IL"); case and underscores do not matter.
     */
    public static boolean matches(String tag, String wanted) {
        String a = canonical(tag).toLowerCase(Locale.ROOT);
        String b = canonical(wanted).toLowerCase(Locale.ROOT);
        return a.equals(b) || a.startsWith(b + "-") || b.startsWith(a + "-");
    }

    /** BCP 47 case conventions on a tag that is not well-formed (subtag by subtag). */
    private static String caseNormalised(String t) {
        String[] parts = t.split("-", -1);
        StringBuilder sb = new StringBuilder();
        boolean extension = false;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].toLowerCase(Locale.ROOT);
            if (i > 0) {
                sb.append('-');
                if (p.length() == 1) extension = true;
                else if (!extension && p.length() == 4 && Character.isLetter(p.charAt(0))) {
                    p = Character.toUpperCase(p.charAt(0)) + p.substring(1);
                } else if (!extension && (p.length() == 2 || (p.length() == 3 && Character.isDigit(p.charAt(0))))) {
                    p = p.toUpperCase(Locale.ROOT);
                }
            }
            sb.append(p);
        }
        return sb.toString();
    }

    private static Set<String> threeLetterCodes() {
        Set<String> out = new HashSet<>();
        for (String two : TWO_LETTER) out.add(Locale.forLanguageTag(two).getISO3Language());
        out.addAll(Set.of("fil", "haw", "yue", "ast", "ckb", "kok", "sah", "chr", "gsw", "zgh", "nds", "ceb", "hmn", "mni"));
        return Set.copyOf(out);
    }
}
