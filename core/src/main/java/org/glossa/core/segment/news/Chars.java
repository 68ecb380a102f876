package org.glossa.core.segment.news;

import org.glossa.core.model.Content;
import org.glossa.core.segment.UnitSegmentation;

/** Character classes of the sentence scanner. A tag in the coded view is {@link #TAG}. */
final class Chars {
    static final char TAG = Content.CODE;

    private Chars() {
    }

    /** {@link UnitSegmentation#isSpace}: white space and no-break spaces. */
    static boolean isSpace(char c) {
        return UnitSegmentation.isSpace(c);
    }

    /** Characters that can end a sentence. */
    static boolean isTerminator(char c) {
        return c == '.' || isStrong(c) || c == '…' || isFullWidth(c);
    }

    /** Question and exclamation marks. */
    static boolean isStrong(char c) {
        return c == '!' || c == '?' || c == '‼' || c == '⁇' || c == '⁈' || c == '⁉';
    }

    /** Ideographic and full-width stops: they end a sentence without a space after them. */
    static boolean isFullWidth(char c) {
        return c == '。' || c == '．' || c == '！' || c == '？';
    }

    /** Closing quotes and brackets that belong to the sentence before them ("great." She; engineer.) at). */
    static boolean isCloser(char c) {
        return switch (c) {
            case '"', '\'', '”', '’', '“', '‘', '»', '«', '›', '‹', ')', ']', '}', '`', TAG -> true;
            default -> false;
        };
    }

    /** Opening quotes and brackets in front of a word. */
    static boolean isOpener(char c) {
        return switch (c) {
            case '"', '\'', '“', '‘', '„', '‚', '«', '»', '‹', '›', '(', '[', '{', '`', '¿', '¡', TAG -> true;
            default -> false;
        };
    }

    /** List bullets ("• 9. The first item"). */
    static boolean isBullet(char c) {
        return c == '•' || c == '⁃' || c == '◦' || c == '▪' || c == '‣' || c == '·';
    }

    static boolean isLower(char c) {
        return Character.isLowerCase(c);
    }

    static boolean isUpper(char c) {
        return Character.isUpperCase(c) || Character.isTitleCase(c);
    }
}
