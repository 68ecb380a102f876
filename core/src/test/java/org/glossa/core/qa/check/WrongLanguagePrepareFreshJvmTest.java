package org.glossa.core.qa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.glossa.core.langdetect.NgramLanguageDetector;
import org.junit.jupiter.api.Test;

/**
 * {@link WrongLanguageCheck#prepare()} loads the process's one detector over Tika's model explicitly
 * ({@link NgramLanguageDetector#loadTikas()}), which later calls and the check share. The model is loaded once per
 * JVM, so this class runs in a JVM of its own (core's surefire execution {@code fresh-jvm} runs each
 * {@code *FreshJvmTest} class in a new one): nothing has loaded the model before {@code prepare()}.
 */
class WrongLanguagePrepareFreshJvmTest {
    @Test
    void prepareLoadsTheOneDetectorThatTheCheckThenUses() {
        assertFalse(NgramLanguageDetector.tikasLoaded(), "a JVM of its own: nothing loaded the model before this test");
        new WrongLanguageCheck().prepare();
        assertTrue(NgramLanguageDetector.tikasLoaded(), "prepare() loads Tika's model");
        NgramLanguageDetector detector = NgramLanguageDetector.tikas();
        assertSame(detector, NgramLanguageDetector.tikas(), "one detector per process");
        assertEquals("deu", detector.detect("Die Europäische Union und die NATO haben am Dienstag eine gemeinsame"
                + " Erklärung zur Stärkung ihrer Partnerschaft unterzeichnet.").get(0).language());
    }
}
