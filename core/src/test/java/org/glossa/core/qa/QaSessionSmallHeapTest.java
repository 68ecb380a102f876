package org.glossa.core.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.glossa.core.model.Content;
import org.glossa.core.qa.check.DoubleSpaceCheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA over 3,000 files of 100 segments (300,000 segments, 72 million characters of text) with a 256 MB heap: run by
 * the "small-heap" surefire execution of core/pom.xml (-Xmx256m). The texts alone would take about 140 MB as Java
 * strings, the segment pairs and findings held as before more than the heap: the session keeps one file at a time
 * and a hash index for the consistency checks. Every count is known by construction.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class QaSessionSmallHeapTest {
    private static final long MB = 1024 * 1024;
    static final int FILES = 3000;
    static final int SEGMENTS = 100;

    @TempDir
    Path dir;

    @BeforeEach
    void onlyWithASmallHeap() {
        long max = Runtime.getRuntime().maxMemory();
        assumeTrue(max <= 300 * MB, "runs only with -Xmx256m (the small-heap execution); max heap is " + (max / MB) + " MB");
    }

    /** Segment j of file i: even j are shared by all files (the same source everywhere), odd j are the file's own. */
    static SegmentPair pair(int i, int j) {
        String file = name(i);
        boolean shared = j % 2 == 0;
        String source = shared
                ? "Shared sentence " + j + ": the ministers met in Brussels on Monday to discuss the budget for the coming year."
                : "File " + i + " sentence " + j + ": the council agreed on a new plan for the ports of the northern coast.";
        String target = shared
                ? "Gemeinsamer Satz " + j + ": Die Minister trafen sich am Montag in Brüssel, um den Haushalt zu besprechen."
                : "Datei " + i + " Satz " + j + ": Der Rat einigte sich auf einen neuen Plan für die Häfen der Nordküste.";
        if (shared && j == 4 && i % 50 == 7) target = target + " (anders)";            // inconsistent-target
        if (!shared && j == 5 && i % 100 == 11) target = sharedTarget(6);              // inconsistent-source
        if (!shared && (i + j) % 31 == 0) target = target.replace("Rat einigte", "Rat  einigte"); // double-space
        return new SegmentPair(file, "u" + j, "1", Content.of(source), Content.of(target), "en", "de");
    }

    static String sharedTarget(int j) {
        return "Gemeinsamer Satz " + j + ": Die Minister trafen sich am Montag in Brüssel, um den Haushalt zu besprechen.";
    }

    static String name(int i) {
        return String.format("f%04d.xlf", i);
    }

    @Test
    void threeHundredThousandSegmentsInFlatMemory() throws IOException {
        QaEngine engine = new QaEngine(List.of(new DoubleSpaceCheck()), Set.of());
        int doubleSpaces = 0;
        try (QaSession session = engine.session(dir)) {
            for (int i = 0; i < FILES; i++) {
                List<SegmentPair> pairs = new ArrayList<>(SEGMENTS);
                for (int j = 0; j < SEGMENTS; j++) {
                    SegmentPair p = pair(i, j);
                    pairs.add(p);
                    if (p.targetText().contains("  ")) doubleSpaces++;
                }
                session.add(engine.check(name(i), pairs));
            }
            QaReport report = session.finish();
            assertEquals(FILES * SEGMENTS, report.segments());
            assertEquals(FILES, report.files().size());
            assertEquals(Map.of("double-space", doubleSpaces, "inconsistent-source", FILES / 100,
                    "inconsistent-target", FILES / 50), report.countsByCheck());

            // in input order: by file, then by segment; the consistency findings name the majority's first segment
            int lastFile = -1;
            int lastUnit = -1;
            int seen = 0;
            for (Finding f : report.findings()) {
                int file = Integer.parseInt(f.file().substring(1, 5));
                int unit = Integer.parseInt(f.unit().substring(1));
                assertTrue(file > lastFile || (file == lastFile && unit >= lastUnit), "out of order: " + f);
                lastFile = file;
                lastUnit = unit;
                if (f.check().equals(Consistency.INCONSISTENT_TARGET)) {
                    assertEquals("u4", f.unit());
                    assertEquals(7, file % 50);
                    assertEquals("the same source is translated differently elsewhere: \"" + sharedTarget(4)
                            + "\" (f0000.xlf u4/1)", f.message());
                    assertTrue(f.target().endsWith(" (anders)"), f.target());
                }
                if (f.check().equals(Consistency.INCONSISTENT_SOURCE)) {
                    assertEquals("u5", f.unit());
                    assertEquals(11, file % 100);
                    assertTrue(f.message().endsWith("(f0000.xlf u6/1)"), f.message());
                }
                seen++;
            }
            assertEquals(report.issues(), seen);
            try (Stream<Path> spools = Files.list(dir)) {
                assertEquals(2, spools.count(), "the pair and finding spools");
            }
        }
        try (Stream<Path> spools = Files.list(dir)) {
            assertEquals(0, spools.count(), "spools are deleted on close");
        }
    }
}
