package org.glossa.core.tm.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class TextKeyTest {
    @Test
    void normalisesCaseWhiteSpaceAndUnicodeForm() {
        assertEquals("the eu signed.", TextKey.normalise("  The\u00a0EU \n signed. "));
        assertEquals(TextKey.hash("Cafe\u0301"), TextKey.hash("café"));
        assertNotEquals(TextKey.hash("signed"), TextKey.hash("signed."));
        assertNotEquals(TextKey.NONE, TextKey.hash(""));
    }
}
