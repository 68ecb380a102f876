package org.glossa.cli;

import com.ibm.icu.util.ULocale;
import java.util.IllformedLocaleException;
import java.util.Locale;
import org.glossa.core.InputException;

/**
 * The check of {@code -s}/{@code -t} values. To move onto the one language-tag utility of core ({@code lang}) once
 * it is there.
 */
final class Languages {
    private Languages() {
    }

    /**
     * Rejects values that are not BCP 47 language tags, or whose language ICU does not know ("deutsch" is well
     * formed but no language), so typos fail early with exit code 2, naming the option.
     */
    static void check(String tag, String option) {
        try {
            new Locale.Builder().setLanguageTag(tag);
        } catch (IllformedLocaleException e) {
            throw new InputException(option, "'" + tag + "' is not a BCP 47 language tag", e);
        }
        String language = ULocale.forLanguageTag(tag).getLanguage();
        if (language.isEmpty() || ULocale.forLanguageTag(language).getDisplayLanguage(ULocale.ENGLISH).equals(language)) {
            throw new InputException(option, "'" + tag + "' is not a language ICU knows; give a BCP 47 tag such as"
                    + " de, de-AT or pt-BR");
        }
    }
}
