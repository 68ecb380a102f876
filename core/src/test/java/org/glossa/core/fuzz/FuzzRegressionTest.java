package org.glossa.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Inputs that crashed a reader (an exception other than InputException) before their fix, kept in
 * {@code src/test/resources/fuzz/}: each is now refused cleanly, with the message given here.
 */
class FuzzRegressionTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            tbx-concept-inside-term.tbx  | <termEntry> inside another concept entry
            tbx-language-inside-term.tbx | <langSet> inside another language section
            tbx-term-inside-term.tbx     | <tig> inside another term section
            tbx-entity-after-text.tbx    | Undeclared general entity "x"
            tmx-entity-after-text.tmx    | entity reference &x; is not allowed
            xliff2-bad-base64-skeleton.xlf | <skeleton>: skeleton is not valid base64: Last unit does not have enough valid bits
            """)
    void refusedCleanly(String file, String message) throws IOException {
        byte[] bytes;
        try (InputStream in = FuzzRegressionTest.class.getResourceAsStream("/fuzz/" + file)) {
            bytes = in.readAllBytes();
        }
        String outcome = file.endsWith(".tmx") ? ReaderFuzzTest.readTmx(bytes)
                : file.endsWith(".tbx") ? ReaderFuzzTest.readTbx(bytes) : ReaderFuzzTest.readXliff(bytes);
        assertTrue(outcome.startsWith("refused: "), outcome);
        assertEquals(message, outcome.substring("refused: ".length()));
    }
}
