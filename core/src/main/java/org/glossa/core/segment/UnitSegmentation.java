package org.glossa.core.segment;

import java.util.ArrayList;
import java.util.List;
import org.glossa.core.model.Content;
import org.glossa.core.model.Ignorable;
import org.glossa.core.model.Segment;
import org.glossa.core.model.UnitPart;

/**
 * Turns a unit's content into segments and ignorables. Whitespace at the edges of a sentence (spaces,
 * non-breaking spaces, line breaks) goes into ignorables, so merge puts back exactly what was there.
 */
public final class UnitSegmentation {
    private final Segmenter segmenter;

    public UnitSegmentation(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** Segments {@code content}; a line break always ends a segment (lines are segmented one by one). */
    public List<UnitPart> segment(Content content) {
        List<Segmenter.Span> spans = new ArrayList<>();
        String coded = content.codedText();
        // a char[], not charAt: on a UTF-16 string charAt calls String.checkIndex, which the client compiler does not
        // inline (decision 0056)
        char[] cs = coded.toCharArray();
        int lineStart = 0;
        for (int i = 0; i <= cs.length; i++) {
            if (i == cs.length || cs[i] == '\n' || cs[i] == '\r') {
                if (i > lineStart) {
                    Content line = lineStart == 0 && i == coded.length() ? content : content.slice(lineStart, i);
                    for (Segmenter.Span s : segmenter.split(line)) {
                        spans.add(new Segmenter.Span(lineStart + s.start(), lineStart + s.end()));
                    }
                }
                lineStart = i + 1;
            }
        }
        List<UnitPart> parts = new ArrayList<>();
        int segNo = 0;
        int ignNo = 0;
        int pos = 0;
        int total = content.codedLength();
        for (Segmenter.Span span : spans) {
            int start = Math.max(span.start(), pos);
            int end = span.end();
            while (start < end && isSpace(cs[start])) start++;
            while (end > start && isSpace(cs[end - 1])) end--;
            if (start >= end) continue;
            if (start > pos) parts.add(new Ignorable("i" + (++ignNo), content.slice(pos, start)));
            parts.add(new Segment("s" + (++segNo), content.slice(start, end)));
            pos = end;
        }
        if (pos < total) parts.add(new Ignorable("i" + (++ignNo), content.slice(pos, total)));
        return parts;
    }

    /** One segment holding everything, for units that are not segmented (boilerplate, code). */
    public static List<UnitPart> whole(Content content) {
        return List.of(new Segment("s1", content));
    }

    /** The ASCII characters {@link #isSpace} is true for, as bits: tab to carriage return, U+001C to U+001F, space. */
    private static final long ASCII_SPACES = 0x3E00L | 0xF0000000L | 1L << ' ';

    /**
     * A space of segmentation ({@link Character#isWhitespace} or {@link Character#isSpaceChar}: no-break spaces too);
     * an inline code ({@link Content#CODE}, a private-use character) is none. ASCII is answered from a bit mask: the
     * two JDK methods go through {@code CharacterData}'s virtual calls, which the client compiler does not inline, on
     * every character the sentence scanner reads (decision 0059).
     */
    public static boolean isSpace(char ch) {
        return ch < 0x80 ? ch <= ' ' && (ASCII_SPACES >>> ch & 1) != 0 : Character.isWhitespace(ch) || Character.isSpaceChar(ch);
    }
}
