package org.glossa.core.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glossa.core.glossary.io.GlossaryReader;
import org.glossa.core.model.Content;
import org.glossa.core.qa.check.Checks;
import org.glossa.core.qa.report.ReportFormat;
import org.glossa.core.qa.report.ReportWriter;
import org.glossa.core.qa.term.TermChecks;
import org.glossa.core.qa.term.TermForbiddenCheck;
import org.glossa.core.qa.term.TermMissingCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports of a QA run over several translations of the seed article (injected errors, inconsistent targets and
 * sources across files, a file name given twice, a TMX-like file with a unit id used twice) in every format, against
 * golden files: the findings and their order are a contract. Regenerate after an intended change with
 * {@code -Dglossa.updateGolden=true} and review the diff.
 */
class QaGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/qa");
    static QaEngine engine;
    static List<SegmentPair> pairs;

    @BeforeAll
    static void setUp() {
        TermChecks dw = new TermChecks(List.of(GlossaryReader.read(Path.of("../glossaries/dw-en-de.tbx"))), "en", "de");
        List<Check> checks = new ArrayList<>(Checks.standard());
        checks.add(new TermMissingCheck(dw));
        checks.add(new TermForbiddenCheck(dw));
        engine = new QaEngine(checks, Set.of());
        pairs = new ArrayList<>();
        pairs.addAll(seed("a.xlf", Map.of(
                "u19/s1", "Sie sagte, die EU werde die Sanktionen auf „diejenigen, die Russland militärisch unterstützen“, ausweiten, und nannte Weißrussland und den Iran.",
                "u24/s1", "Die EU wurde nach dem Zweiten Weltkrieg gegründet und ist seitdem stark gewachsen; heute gehören ihr 28 Mitglieder an.",
                "u15/s1", "Europe backs stronger partnership",
                "u22/s1", "",
                "u30/s2", "@Roshni")));
        pairs.addAll(seed("b.xlf", Map.of(
                "u15/s1", "Europa  unterstützt eine stärkere Partnerschaft",
                "u24/s1", "Die EU wurde nach dem Zweiten Weltkrieg gegründet; heute hat sie 27 Mitglieder.",
                "u13/s1", "Europa unterstützt stärkere Partnerschaft")));
        pairs.addAll(seed("c.xlf", Map.of()));
        // the same file name again: its findings join the first a.xlf's segments where the ids are the same
        pairs.addAll(seed("a.xlf", Map.of("u15/s1", "Europa unterstützt eine stärkere Partnerschaft")));
        // a memory with a unit id twice
        pairs.add(tmx("1", "The summit ends on Friday.", "Der Gipfel  endet am Freitag."));
        pairs.add(tmx("2", "The summit ends on Friday.", "Das Treffen endet am Freitag."));
        pairs.add(tmx("1", "The summit ends on Friday.", "Der Gipfel endet am Freitag"));
        pairs.add(tmx("3", "The meeting ends on Friday.", "Das Treffen endet am Freitag."));
        pairs.add(tmx("4", "Europe backs stronger partnership", ""));
    }

    static List<SegmentPair> seed(String file, Map<String, String> overrides) {
        return QaEngine.pairs(file, SeedTranslation.translated(overrides), Optional.empty(), Optional.empty());
    }

    static SegmentPair tmx(String unit, String source, String target) {
        return new SegmentPair("d.tmx", unit, "1", Content.of(source), Content.of(target), "en", "de");
    }

    static QaReport report() {
        List<String> files = List.copyOf(new LinkedHashSet<>(pairs.stream().map(SegmentPair::file).toList()));
        return new QaReport(engine.run(pairs), pairs.size(), files);
    }

    @Test
    void json() throws IOException {
        golden("seed-runs.json", render(report(), ReportFormat.JSON));
    }

    @Test
    void text() throws IOException {
        golden("seed-runs.txt", render(report(), ReportFormat.TEXT));
    }

    @Test
    void csv() throws IOException {
        golden("seed-runs.csv", render(report(), ReportFormat.CSV));
    }

    @Test
    void html() throws IOException {
        golden("seed-runs.html", render(report(), ReportFormat.HTML));
    }

    /** The same files through a session spooled to disk, one file at a time: the same reports. */
    @Test
    void aSessionOnDiskGivesTheSameReports(@TempDir Path dir) throws IOException {
        try (QaSession session = engine.session(dir)) {
            int i = 0;
            while (i < pairs.size()) {
                String file = pairs.get(i).file();
                int j = i;
                while (j < pairs.size() && pairs.get(j).file().equals(file)) j++;
                session.add(engine.check(file, pairs.subList(i, j)));
                i = j;
            }
            QaReport report = session.finish();
            assertEquals(pairs.size(), report.segments());
            assertEquals(List.of("a.xlf", "b.xlf", "c.xlf", "d.tmx"), report.files());
            golden("seed-runs.json", render(report, ReportFormat.JSON));
            golden("seed-runs.txt", render(report, ReportFormat.TEXT));
            golden("seed-runs.csv", render(report, ReportFormat.CSV));
            golden("seed-runs.html", render(report, ReportFormat.HTML));
        }
    }

    /**
     * The session's report knows its counts before its findings are read (the consistency findings counted from the
     * index): they are those of the findings it gives, which are the same each time they are read; files prepared on
     * other threads (as {@code glossa qa}'s workers do) give the same report.
     */
    @Test
    void aSessionsCountsAreThoseOfItsFindingsPreparedOnOtherThreads(@TempDir Path dir) throws Exception {
        List<List<SegmentPair>> files = new ArrayList<>();
        int i = 0;
        while (i < pairs.size()) {
            String file = pairs.get(i).file();
            int j = i;
            while (j < pairs.size() && pairs.get(j).file().equals(file)) j++;
            files.add(pairs.subList(i, j));
            i = j;
        }
        java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(2);
        try (QaSession session = engine.session(dir)) {
            List<java.util.concurrent.Future<QaSession.Prepared>> prepared = new ArrayList<>();
            for (List<SegmentPair> f : files) {
                prepared.add(workers.submit(() -> QaSession.prepare(engine.check(f.get(0).file(), f))));
            }
            for (java.util.concurrent.Future<QaSession.Prepared> p : prepared) session.add(p.get());
            QaReport report = session.finish();
            List<Finding> first = new ArrayList<>();
            report.findings().forEach(first::add);
            List<Finding> second = new ArrayList<>();
            report.findings().forEach(second::add);
            assertEquals(first, second);
            assertEquals(engine.run(pairs), first);
            QaReport counted = new QaReport(first, report.segments(), report.files());
            assertEquals(counted.countsByCheckAndSeverity(), report.countsByCheckAndSeverity());
            assertEquals(counted.issues(), report.issues());
            assertEquals(2, report.countsByCheck().get(Consistency.INCONSISTENT_SOURCE));
            assertEquals(9, report.countsByCheck().get(Consistency.INCONSISTENT_TARGET));
            golden("seed-runs.json", render(report, ReportFormat.JSON));
        } finally {
            workers.shutdown();
        }
    }

    /** A report partly read when its session closes: reading on is an error, and the spool is gone. */
    @Test
    void aReportCannotBeReadAfterItsSessionClosed(@TempDir Path dir) throws IOException {
        java.util.Iterator<Finding> reading;
        try (QaSession session = engine.session(dir)) {
            session.add(engine.check("a.xlf", pairs.stream().filter(p -> p.file().equals("a.xlf")).toList()));
            QaReport report = session.finish();
            reading = report.findings().iterator();
            assertTrue(reading.hasNext());
            reading.next();
        }
        java.util.Iterator<Finding> after = reading;
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> {
            while (after.hasNext()) after.next();
        });
        try (java.util.stream.Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
    }

    static String render(QaReport report, ReportFormat format) throws IOException {
        StringWriter out = new StringWriter();
        ReportWriter.write(report, format, out);
        return out.toString();
    }

    static void golden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("glossa.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), "golden file " + file + " missing: run with -Dglossa.updateGolden=true");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "differs from golden file " + file);
    }
}
