package org.glossa.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link UnitSegmentation#isSpace}'s ASCII bit mask answers as the JDK's two methods do, for every char. */
class SpaceTest {
    @Test
    void sameAsWhitespaceOrSpaceCharForEveryChar() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertEquals(Character.isWhitespace(c) || Character.isSpaceChar(c), UnitSegmentation.isSpace(c),
                    () -> "U+" + Integer.toHexString(c));
        }
    }
}
