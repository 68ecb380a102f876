package org.glossa.core.qa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * QA's one binary encoding ({@link SpoolOut}, {@link SpoolIn}) gives back what went in: the QA spools and Spark's
 * shuffles both rely on it (the spark module tests its own records over it too).
 */
class SpoolCodecTest {
    /** More than 65,535 bytes in modified UTF-8, with non-Latin text and an unpaired surrogate (UTF-8 drops it). */
    private static final String LONG = "Grüße, 東京 \uD800 ".repeat(5000);
    /** Latin-1 alone (one byte a character), long, with the control character U+0000 and the last one, U+00FF. */
    private static final String LATIN = "Grüße aus Köln, \u0000 \u00FF; ".repeat(5000);

    /** Longer than the writer's and the reader's blocks (32 KiB), every byte value. */
    private static final byte[] LONG_BYTES = new byte[100_003];

    static {
        for (int i = 0; i < LONG_BYTES.length; i++) LONG_BYTES[i] = (byte) (i * 31);
    }

    @Test
    void findingsStringsAndNumbersRoundTripInOrder() throws IOException {
        Finding term = new Finding("a/b.xlf", "u1", "s2", "term-missing", Severity.WARNING, "expected 'Bundestag'",
                LONG, "", Optional.of(new Span(3, 12)), Optional.empty(),
                Optional.of(new TermInfo("Bundestag", List.of("Bundestag", "Parlament"), "Reichstag", "dw-en-de.tbx")));
        Finding noTermSource = new Finding("x", "", "", "term-forbidden", Severity.ERROR, "m", "src", "tgt",
                Optional.empty(), Optional.of(new Span(0, 0)), Optional.of(new TermInfo(null, List.of(), null, null)));
        Finding plain = new Finding("f", "u", "s", "double-space", Severity.INFO, "\uDC00 alone", "", "",
                Optional.empty(), Optional.empty(), Optional.empty());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SpoolOut out = new SpoolOut(bytes);
        out.writeLong(Long.MIN_VALUE);
        out.writeFinding(term);
        out.writeString(LONG);
        out.writeInt(-7);
        out.writeFinding(noTermSource);
        out.writeBoolean(true);
        out.writeString("");
        out.writeFinding(plain);
        out.writeBoolean(false);
        out.writeString(LATIN);
        out.writeString("Straße \u0100");
        out.writeString("x");
        out.writeBytes(new byte[] {0, -1, 127});
        out.writeBytes(new byte[0]);
        out.writeBytes(LONG_BYTES);
        out.writeString("y");
        out.writeBytes(LONG_BYTES);
        out.writeInt(42);
        out.flush();
        try (SpoolIn in = new SpoolIn(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(Long.MIN_VALUE, in.readLong());
            assertEquals(term, in.readFinding());
            assertEquals(LONG, in.readString());
            assertEquals(-7, in.readInt());
            Finding back = in.readFinding();
            assertEquals(noTermSource, back);
            assertEquals(null, back.term().orElseThrow().source());
            assertTrue(in.readBoolean());
            assertEquals("", in.readString());
            assertEquals(plain, in.readFinding());
            assertFalse(in.readBoolean());
            assertEquals(LATIN, in.readString());
            assertEquals("Straße \u0100", in.readString());
            assertEquals("x", in.readString());
            assertArrayEquals(new byte[] {0, -1, 127}, in.readBytes());
            assertArrayEquals(new byte[0], in.readBytes());
            assertArrayEquals(LONG_BYTES, in.readBytes());
            assertEquals("y", in.readString());
            assertArrayEquals(LONG_BYTES, in.readBytes());
            assertEquals(42, in.readInt());
        }
    }

    /**
     * A finding written against its pair ({@link SpoolOut#writeFinding(Finding, Finding)}) leaves out what it shares
     * with the pair and reads back whole, whichever of its file, ids and texts differ; across the writer's block
     * boundary too.
     */
    @Test
    void aFindingWrittenAgainstItsPairReadsBackWhole() throws IOException {
        Finding like = new Finding("a.xlf", "u1", "s1", "", Severity.INFO, "", "Source text", LONG, null, null, null);
        List<Finding> findings = List.of(
                new Finding("a.xlf", "u1", "s1", "untranslated", Severity.ERROR, "m", "Source text", LONG,
                        Optional.of(new Span(0, 6)), Optional.of(new Span(1, 2)), Optional.empty()),
                new Finding("b.xlf", "u2", "s3", "term-missing", Severity.WARNING, "m2", "other", "",
                        Optional.empty(), Optional.empty(), Optional.of(new TermInfo(null, List.of("x"), "y", "z"))),
                new Finding("a.xlf", "u1", "s9", "length-ratio", Severity.INFO, LATIN, "Source text", "t",
                        Optional.empty(), Optional.empty(), Optional.empty()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SpoolOut out = new SpoolOut(bytes);
        for (int i = 0; i < 20; i++) for (Finding f : findings) out.writeFinding(f, like);
        out.flush();
        try (SpoolIn in = new SpoolIn(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (int i = 0; i < 20; i++) for (Finding f : findings) assertEquals(f, in.readFinding(like));
            assertEquals(bytes.size(), in.position());
        }
    }
}
