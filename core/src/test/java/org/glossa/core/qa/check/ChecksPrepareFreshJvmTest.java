package org.glossa.core.qa.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Set;
import org.glossa.core.langdetect.NgramLanguageDetector;
import org.glossa.core.spelling.Dictionaries;
import org.junit.jupiter.api.Test;

/**
 * {@link Checks#prepareInBackground}: what a check needs for a language pair is loaded on its threads, and nothing
 * of a disabled check. The dictionary and the model are loaded once per JVM, so this class runs in a JVM of its own
 * (core's surefire execution {@code fresh-jvm}).
 */
class ChecksPrepareFreshJvmTest {
    @Test
    void loadsTheTargetDictionaryAndTheModelUnlessTheirChecksAreDisabled() throws InterruptedException {
        boolean installed = Dictionaries.find("de").isPresent();
        if (!installed && "true".equals(System.getenv("CI"))) fail("no German Hunspell dictionary; CI=true");
        assumeTrue(installed, "no German Hunspell dictionary (apt-get install hunspell-de-de)");
        assertFalse(Dictionaries.loaded("de"), "a JVM of its own: nothing loaded the dictionary before");
        assertFalse(NgramLanguageDetector.tikasLoaded(), "a JVM of its own: nothing loaded the model before");

        for (Thread t : Checks.prepareInBackground("en", "de", Set.of("spelling", "wrong-language"))) t.join();
        assertFalse(Dictionaries.loaded("de"), "spelling disabled: no dictionary");
        assertFalse(NgramLanguageDetector.tikasLoaded(), "wrong-language disabled: no model");

        for (Thread t : Checks.prepareInBackground("en", "de", Set.of("wrong-language"))) t.join();
        assertTrue(Dictionaries.loaded("de"), "the target language's dictionary");
        assertFalse(NgramLanguageDetector.tikasLoaded(), "wrong-language disabled: no model");

        for (Thread t : Checks.prepareInBackground("en", "de", Set.of())) t.join();
        assertTrue(NgramLanguageDetector.tikasLoaded(), "the language model");
    }
}
