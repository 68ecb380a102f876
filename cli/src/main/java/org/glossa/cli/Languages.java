package org.glossa.cli;

import java.util.IllformedLocaleException;
import java.util.Locale;
import org.glossa.core.InputException;

final class Languages {
    private Languages() {
    }

    /** Rejects values that are not BCP 47 language tags, so typos fail early with exit code 2. */
    static void check(String tag, String option) {
        try {
            new Locale.Builder().setLanguageTag(tag);
        } catch (IllformedLocaleException e) {
            throw new InputException(option, "'" + tag + "' is not a BCP 47 language tag", e);
        }
    }
}
