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

    /** A space in the coded text; an inline code ({@link Content#CODE}, a private-use character) is none. */
    private static boolean isSpace(char ch) {
        return Character.isWhitespace(ch) || Character.isSpaceChar(ch);
    }
}
