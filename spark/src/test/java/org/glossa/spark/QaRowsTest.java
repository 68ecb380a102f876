package org.glossa.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.Severity;
import org.glossa.core.qa.Span;
import org.glossa.core.qa.TermInfo;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** The QA job's byte encodings give back what went in, and its findings' partitions and ranks keep the report order. */
class QaRowsTest {
    /** Long, with non-Latin text and an unpaired surrogate (which UTF-8 would not keep). */
    private static final String LONG = "Grüße, 東京 \uD800 ".repeat(3000);

    @Test
    void aFindingWithTermSpansAndLongTextsRoundTrips() {
        Finding f = new Finding("a/b.xlf", "u1", "s2", "term-missing", Severity.WARNING, "expected 'Bundestag'",
                LONG, "", Optional.of(new Span(3, 12)), Optional.empty(),
                Optional.of(new TermInfo("Bundestag", List.of("Bundestag", "Parlament"), "Reichstag", "dw-en-de.tbx")));
        assertEquals(f, FindingBytes.decode(FindingBytes.encode(f)));
        Finding plain = new Finding("x", "", "", "empty-target", Severity.ERROR, "m", "src", "tgt", Optional.empty(),
                Optional.of(new Span(0, 0)), Optional.empty());
        assertEquals(plain, FindingBytes.decode(FindingBytes.encode(plain)));
    }

    @Test
    void aPairRoundTrips() {
        QaJob.Pair p = new QaJob.Pair(7L << 32 | 3, 2L << 32 | 9, "n.xlf", "u", "s", LONG, "Ziel", 1, -2, Long.MAX_VALUE,
                Long.MIN_VALUE);
        assertEquals(p, QaJob.Pair.decode(p.encode()));
        assertEquals(new QaJob.Text(QaJob.TARGETS, 1, -2), p.text(QaJob.TARGETS));
        assertEquals(new Rows.Key(Long.MAX_VALUE, Long.MIN_VALUE), p.rendering(QaJob.TARGETS));
        assertEquals(new QaJob.Text(QaJob.SOURCES, Long.MAX_VALUE, Long.MIN_VALUE), p.text(QaJob.SOURCES));
    }

    @Test
    void aFilesOwnFindingsComeBackWithTheirRanks() {
        byte[] one = FindingBytes.encode(new Finding("f", "u", "s", "c", Severity.INFO, "m", "", "", Optional.empty(),
                Optional.empty(), Optional.empty()));
        List<Tuple2<QaJob.Rank, byte[]>> own = List.of(new Tuple2<>(new QaJob.Rank(5L << 32, QaJob.OWN, 0, 0, 0), one),
                new Tuple2<>(new QaJob.Rank(4L << 32 | 1, QaJob.OWN, 1, 0, 0), new byte[0]));
        QaJob.Checked c = new QaJob.Checked(5, "f", 2, QaJob.Checked.own(own), new ArrayList<>(), null, null);
        List<Tuple2<QaJob.Rank, byte[]>> back = new ArrayList<>();
        c.ownFindings().forEachRemaining(back::add);
        assertEquals(2, back.size());
        assertEquals(own.get(0)._1(), back.get(0)._1());
        assertArrayEquals(one, back.get(0)._2());
        assertEquals(own.get(1)._1(), back.get(1)._1());
        assertEquals(0, back.get(1)._2().length);
    }

    @Test
    void ranksSortAsTheSessionAndPartitionsFollowTheFiles() {
        List<QaJob.Rank> sorted = List.of(new QaJob.Rank(1L << 32 | 4, QaJob.OWN, 9, 0, 0),
                new QaJob.Rank(1L << 32 | 4, QaJob.TARGETS, 0, 5, 6), new QaJob.Rank(1L << 32 | 4, QaJob.SOURCES, 0, 0, 0),
                new QaJob.Rank(1L << 32 | 5, QaJob.OWN, 0, 0, 0), new QaJob.Rank(2L << 32, QaJob.OWN, 0, 0, 0));
        List<QaJob.Rank> shuffled = new ArrayList<>(List.of(sorted.get(3), sorted.get(0), sorted.get(4), sorted.get(2),
                sorted.get(1)));
        shuffled.sort(null);
        assertEquals(sorted, shuffled);
        FileRanges ranges = new FileRanges(4, 10);
        int last = 0;
        for (int file = 0; file < 10; file++) {
            int p = ranges.getPartition(new QaJob.Rank((long) file << 32 | 7, QaJob.OWN, 0, 0, 0));
            assertTrue(p >= last && p < 4, "file " + file + " in partition " + p);
            last = p;
        }
        assertEquals(3, last);
        assertEquals(2, new FileRanges(8, 2).numPartitions());
    }
}
