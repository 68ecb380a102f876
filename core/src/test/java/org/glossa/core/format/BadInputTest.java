package org.glossa.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.glossa.core.InputException;
import org.junit.jupiter.api.Test;

/** Unreadable input is an {@link InputException} that names the file and says what is wrong, never an NPE. */
class BadInputTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};

    @Test
    void emptyFile() {
        assertRefused(new byte[0], "empty.txt", "empty file");
    }

    @Test
    void binaryGarbageNamedTxt() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        assertRefused(garbage, "notes.txt", "binary data, not a text file");
    }

    @Test
    void zipThatIsNoDocx() {
        byte[] zip = Docx.zip(Map.of("readme.txt", "just a zip", "data/numbers.csv", "1,2,3"));
        assertRefused(zip, "report.docx", "not a valid DOCX file");
    }

    @Test
    void truncatedDocx() {
        byte[] docx = DocxRoundTripTest.article();
        assertRefused(Arrays.copyOf(docx, docx.length / 2), "cut.docx", "not a valid DOCX file");
    }

    @Test
    void pngIsAnUnsupportedFormat() {
        assertRefused(PNG, "photo.png", "unsupported format");
    }

    @Test
    void pngNamedTxtIsNoText() {
        assertRefused(PNG, "photo.txt", "");
    }

    private static void assertRefused(byte[] bytes, String name, String expected) {
        InputException e = assertThrows(InputException.class, () -> RoundTrip.extract(bytes, name));
        String message = e.describe();
        assertEquals(name, e.file(), message);
        assertTrue(message.startsWith(name + ": "), message);
        assertTrue(message.contains(expected), message);
        assertFalse(message.contains("Exception"), "no stack or exception class in: " + message);
        assertFalse(message.contains("net.sf.okapi"), "no Okapi internals in: " + message);
        assertTrue(message.length() < 300, "short: " + message);
    }
}
