package org.glossa.core.spelling;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import org.apache.lucene.analysis.hunspell.Dictionary;

/**
 * The Debian dictionaries the spelling tests need ({@code apt-get install hunspell-de-de hunspell-en-us …}; .ci/run
 * installs them). Missing, a test is skipped, except under CI ({@code CI=true}), where it fails.
 */
public final class InstalledDictionaries {
    private InstalledDictionaries() {
    }

    /** The dictionary of {@code tag}; skips (fails under CI) when it is not installed. */
    public static Dictionary require(String tag) {
        Optional<Dictionary> d = Dictionaries.forLanguage(tag);
        String message = "no Hunspell dictionary for " + tag + " in " + Dictionaries.folders()
                + " (apt-get install hunspell-de-de hunspell-de-at hunspell-de-ch hunspell-en-us hunspell-en-gb)";
        if (d.isEmpty() && "true".equals(System.getenv("CI"))) fail(message + "; CI=true, so this fails instead of skipping");
        assumeTrue(d.isPresent(), message);
        return d.get();
    }
}
