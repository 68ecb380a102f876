package org.glossa.core.tm.score;

import java.math.BigDecimal;

/**
 * A number found in a text part.
 *
 * @param key      the normalised numeric string used for comparison ("1000", "2.5"); for a number that does not
 *                 parse under the locale's separators, {@code "~"} followed by the digits and separators as written
 * @param value    the parsed value with the fraction digits as written, or {@code null} when it does not parse
 * @param grouped  whether the number was written with grouping separators ("1,000")
 * @param raw      the number as written
 * @param part     index of the text part in the content
 * @param start    start offset in that text part
 * @param end      end offset (exclusive) in that text part
 */
record NumberToken(String key, BigDecimal value, boolean grouped, String raw, int part, int start, int end) {
}
