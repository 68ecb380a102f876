package org.glossa.core.glossary.io;

import java.util.Locale;
import java.util.Optional;

/**
 * Yes/no values and the markers Glossa writes where TBX-Basic has no data category: a concept-level
 * {@code <note>do not translate</note>} and a term-level {@code <note>case-sensitive</note>}.
 */
final class Flags {
    static final String DO_NOT_TRANSLATE_NOTE = "do not translate";
    static final String CASE_SENSITIVE_NOTE = "case-sensitive";

    private Flags() {
    }

    /** yes/no, true/false, 1/0, x, ja/nein; empty is no. Empty optional for anything else. */
    static Optional<Boolean> parseBoolean(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "no", "n", "false", "0", "nein", "-" -> Optional.of(false);
            case "yes", "y", "true", "1", "x", "ja", "dnt", "do not translate", "casesensitive", "case-sensitive",
                 "case sensitive" -> Optional.of(true);
            default -> Optional.empty();
        };
    }

    /** True when a note's text is the do-not-translate marker (also "DNT", "doNotTranslate", "untranslatable"). */
    static boolean isDoNotTranslateNote(String text) {
        String v = squash(text);
        return v.equals("donottranslate") || v.equals("dnt") || v.equals("untranslatable") || v.equals("nottranslatable");
    }

    static boolean isCaseSensitiveNote(String text) {
        String v = squash(text);
        return v.equals("casesensitive") || v.equals("matchcase");
    }

    /** Data category names (TBX type attributes or DCT element names) that mark a concept do-not-translate. */
    static boolean isDoNotTranslateCategory(String category) {
        String v = squash(category);
        return v.equals("donottranslate") || v.equals("dnt") || v.equals("translatable") || v.equals("translate");
    }

    static boolean isCaseCategory(String category) {
        String v = squash(category);
        return v.equals("casesensitive") || v.equals("casesensitivity") || v.equals("case") || v.equals("matchcase");
    }

    /** For a do-not-translate category: does the value say "do not translate"? ("translatable: no" does.) */
    static boolean doNotTranslateValue(String category, String value) {
        String c = squash(category);
        boolean positive = parseBoolean(value).orElse(!value.isBlank());
        String v = squash(value);
        if (v.contains("nottranslat") || v.equals("untranslatable")) return true;
        return c.equals("translatable") || c.equals("translate") ? !positive : positive;
    }

    /** For a case category: "caseSensitive", "yes", "true" are case-sensitive; "caseInsensitive", "no" are not. */
    static boolean caseSensitiveValue(String value) {
        String v = squash(value);
        if (v.contains("insensitive")) return false;
        return parseBoolean(value).orElse(v.contains("sensitive") || v.equals("exact"));
    }

    /** Lower case without spaces, hyphens and underscores: "Do not-translate" becomes "donottranslate". */
    static String squash(String s) {
        return s.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
    }
}
