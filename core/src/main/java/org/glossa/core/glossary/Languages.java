package org.glossa.core.glossary;

import java.util.Locale;

/** Language tag comparison for glossaries: "de" matches "de-DE" and "de_AT"; case does not matter. */
public final class Languages {
    private Languages() {
    }

    /** Normalises "EN_us" to "en-US". */
    public static String normalize(String tag) {
        String t = tag.trim().replace('_', '-');
        return Locale.forLanguageTag(t).toLanguageTag();
    }

    /** True when {@code termLanguage} is {@code wanted} or a region/script variant of it (or the reverse). */
    public static boolean matches(String termLanguage, String wanted) {
        String a = normalize(termLanguage).toLowerCase(Locale.ROOT);
        String b = normalize(wanted).toLowerCase(Locale.ROOT);
        return a.equals(b) || a.startsWith(b + "-") || b.startsWith(a + "-");
    }
}
