package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch runs: parallel files in input order, include/exclude, skip/--force, the JSON summary, progress. */
class BatchCliTest {
    @TempDir
    Path tmp;

    /** {@code n} variations of the seed article (text and HTML) under {@code dir}, some in sub-folders. */
    static Path articles(Path dir, int n) throws Exception {
        String seed = Files.readString(CliTest.SEED);
        for (int i = 0; i < n; i++) {
            Path sub = Files.createDirectories(dir.resolve(i % 3 == 0 ? "desk" + (i % 2) : "."));
            String extra = "Update " + i + ": the leaders met again on Tuesday. Talks continue in " + (2000 + i) + ".";
            if (i % 5 == 4) {
                Files.writeString(sub.resolve(String.format("article-%03d.html", i)),
                        "<html><body><h1>Headline " + i + "</h1><p>" + extra + "</p><p>One. Two.</p></body></html>");
            } else {
                Files.writeString(sub.resolve(String.format("article-%03d.txt", i)), seed + "\n\n" + extra + "\n".repeat(i % 2));
            }
        }
        return dir;
    }

    static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }

    @Test
    void parallelExtractWritesTheSameBytesAndTheSameSummaryAsOneThread() throws Exception {
        Path in = articles(tmp.resolve("in"), 30);
        CliTest.Run one = CliTest.run("extract", in.toString(), "-s", "en", "-t", "de", "-o", tmp.resolve("one").toString(),
                "-g", "../glossaries/dw-en-de.tbx", "--threads", "1", "--quiet");
        CliTest.Run many = CliTest.run("extract", in.toString(), "-s", "en", "-t", "de", "-o", tmp.resolve("many").toString(),
                "-g", "../glossaries/dw-en-de.tbx", "--threads", "4", "--quiet");
        assertEquals(0, one.exit(), one.err());
        assertEquals(0, many.exit(), many.err());
        assertEquals(one.out().replace(tmp.resolve("one").toString(), "OUT"), many.out().replace(tmp.resolve("many").toString(), "OUT"));
        assertEquals(31, many.out().lines().count(), many.out());
        assertTrue(many.out().contains("total: 30 files extracted, 0 failed"), many.out());
        List<Path> written = files(tmp.resolve("one"));
        assertEquals(30, written.size());
        assertEquals(written, files(tmp.resolve("many")));
        for (Path p : written) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(p)), Files.readAllBytes(tmp.resolve("many").resolve(p)), p.toString());
        }
    }

    @Test
    void qaAnalyzeAndTermsGiveTheSameReportWhateverTheThreads() throws Exception {
        Path in = articles(tmp.resolve("in"), 12);
        Path xlf = tmp.resolve("xlf");
        assertEquals(0, CliTest.run("extract", in.toString(), "-s", "en", "-t", "de", "-o", xlf.toString(), "-q").exit());
        String[][] commands = {
                {"qa", xlf.toString(), "--format", "json", "--fail-on", "never"},
                {"analyze", in.toString(), "--json"},
                {"terms", in.toString(), "-g", "../glossaries/dw-en-de.tbx", "-s", "en", "-t", "de"},
        };
        for (String[] c : commands) {
            CliTest.Run one = CliTest.run(concat(c, "--threads", "1"));
            CliTest.Run many = CliTest.run(concat(c, "--threads", "3"));
            assertEquals(one.exit(), many.exit(), c[0]);
            assertEquals(one.out(), many.out(), c[0]);
            assertFalse(many.out().isBlank(), c[0]);
        }
    }

    static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void includeAndExcludeGlobsSelectTheFilesOfADirectory() throws Exception {
        Path in = articles(tmp.resolve("in"), 10);
        CliTest.Run html = CliTest.run("extract", in.toString(), "-s", "en", "-t", "de", "-o", tmp.resolve("a").toString(),
                "--include", "*.html", "-q");
        assertEquals(0, html.exit(), html.err());
        assertEquals(List.of(Path.of("article-004.html.xlf"), Path.of("desk1/article-009.html.xlf")), files(tmp.resolve("a")));

        CliTest.Run noDesk = CliTest.run("extract", in.toString(), "-s", "en", "-t", "de", "-o", tmp.resolve("b").toString(),
                "--exclude", "desk*/**", "--exclude", "*-00[12].txt", "-q");
        assertEquals(0, noDesk.exit(), noDesk.err());
        assertEquals(List.of("article-004.html.xlf", "article-005.txt.xlf", "article-007.txt.xlf", "article-008.txt.xlf"),
                files(tmp.resolve("b")).stream().map(Path::toString).toList());

        CliTest.Run sub = CliTest.run("extract", in.toString(), "-s", "en", "-t", "de", "-o", tmp.resolve("c").toString(),
                "--include", "desk1/**", "-q");
        assertEquals(List.of(Path.of("desk1/article-003.txt.xlf"), Path.of("desk1/article-009.html.xlf")), files(tmp.resolve("c")));
        assertTrue(sub.out().contains("total: 2 files extracted"), sub.out());
    }

    @Test
    void doubleStarSlashInAnIncludeGlobAlsoMatchesTopLevelFiles() throws Exception {
        Path in = articles(tmp.resolve("in"), 10);
        CliTest.Run html = CliTest.run("extract", in.toString(), "-s", "en", "-t", "de", "-o", tmp.resolve("a").toString(),
                "--include", "**/*.html", "-q");
        assertEquals(0, html.exit(), html.err());
        assertEquals(List.of(Path.of("article-004.html.xlf"), Path.of("desk1/article-009.html.xlf")), files(tmp.resolve("a")),
                "the example of --include's help: '**/' matches zero folders too");
    }

    @Test
    void reRunsSkipUpToDateOutputsUnlessForced() throws Exception {
        Path in = articles(tmp.resolve("in"), 4);
        Path out = tmp.resolve("out");
        String[] extract = {"extract", in.toString(), "-s", "en", "-t", "de", "-o", out.toString(), "-q"};
        assertEquals(0, CliTest.run(extract).exit());
        Path changed = in.resolve("article-001.txt");
        Path changedXlf = out.resolve("article-001.txt.xlf");
        // outputs a minute old, the changed input newer than its output
        for (Path p : files(out)) Files.setLastModifiedTime(out.resolve(p), FileTime.from(Instant.now().minusSeconds(60)));
        for (Path p : files(in)) Files.setLastModifiedTime(in.resolve(p), FileTime.from(Instant.now().minusSeconds(120)));
        Files.setLastModifiedTime(changed, FileTime.from(Instant.now()));

        CliTest.Run again = CliTest.run(extract);
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains(changed + " -> " + changedXlf + ": "), again.out());
        assertEquals(3, again.out().lines().filter(l -> l.endsWith(": skipped (up to date)")).count(), again.out());
        assertTrue(again.out().matches("(?s).*total: 1 files extracted, 0 failed, .*, 3 skipped \\(up to date\\)\\n.*"), again.out());

        // a newer glossary makes every output stale
        Path glossary = Files.copy(Path.of("../glossaries/dw-en-de.tbx"), tmp.resolve("g.tbx"));
        CliTest.Run withGlossary = CliTest.run(concat(extract, "-g", glossary.toString()));
        assertTrue(withGlossary.out().contains("total: 4 files extracted"), withGlossary.out());
        CliTest.Run forced = CliTest.run(concat(extract, "--force"));
        assertTrue(forced.out().contains("total: 4 files extracted, 0 failed"), forced.out());
        assertFalse(forced.out().contains("skipped"), forced.out());

        // merge: outputs newer than the XLIFF are skipped
        Path merged = tmp.resolve("merged");
        assertEquals(0, CliTest.run("merge", out.toString(), "-o", merged.toString(), "-q").exit());
        CliTest.Run mergeAgain = CliTest.run("merge", out.toString(), "-o", merged.toString(), "-q");
        assertEquals(0, mergeAgain.exit(), mergeAgain.err());
        assertTrue(mergeAgain.out().contains("total: 0 documents written, 0 failed, 4 skipped (up to date)"), mergeAgain.out());
        CliTest.Run mergeForced = CliTest.run("merge", out.toString(), "-o", merged.toString(), "-q", "--force");
        assertTrue(mergeForced.out().contains("total: 4 documents written, 0 failed\n"), mergeForced.out());
    }

    @Test
    void mergeWithAnOriginalIsStaleWhenEitherTheXliffOrTheOriginalIsNewer() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path original = Files.copy(CliTest.SEED, in.resolve("article.txt"));
        Path out = tmp.resolve("out");
        assertEquals(0, CliTest.run("extract", original.toString(), "-s", "en", "-t", "de", "-o", out.toString(), "-q").exit());
        Path xliff = out.resolve("article.txt.xlf");
        Path merged = tmp.resolve("merged");
        String[] merge = {"merge", xliff.toString(), "--original", original.toString(), "-o", merged.toString()};
        CliTest.Run first = CliTest.run(merge);
        assertEquals(0, first.exit(), first.err());
        Path written = merged.resolve("article.de.txt");
        assertTrue(Files.isRegularFile(written), first.out());
        Instant now = Instant.now();
        Files.setLastModifiedTime(written, FileTime.from(now.minusSeconds(60)));
        Files.setLastModifiedTime(xliff, FileTime.from(now.minusSeconds(120)));
        Files.setLastModifiedTime(original, FileTime.from(now.minusSeconds(120)));
        assertTrue(CliTest.run(merge).out().contains("0 documents written, 0 failed, 1 skipped (up to date)"));

        Files.setLastModifiedTime(original, FileTime.from(now)); // the second source newer than the output
        CliTest.Run originalNewer = CliTest.run(merge);
        assertTrue(originalNewer.out().contains("total: 1 documents written, 0 failed\n"), originalNewer.out());

        Files.setLastModifiedTime(written, FileTime.from(now.minusSeconds(60)));
        Files.setLastModifiedTime(original, FileTime.from(now.minusSeconds(120)));
        Files.setLastModifiedTime(xliff, FileTime.from(now)); // the first source newer
        CliTest.Run xliffNewer = CliTest.run(merge);
        assertTrue(xliffNewer.out().contains("total: 1 documents written, 0 failed\n"), xliffNewer.out());

        Files.delete(written); // a missing output is written
        CliTest.Run missing = CliTest.run(merge);
        assertTrue(missing.out().contains("total: 1 documents written, 0 failed\n"), missing.out());
        assertTrue(Files.isRegularFile(written));
    }

    @Test
    void jsonSummaryOfExtractAndMerge() throws Exception {
        Path in = articles(tmp.resolve("in"), 5);
        Files.write(in.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 0, (byte) 0xFF, 0, 0});
        CliTest.Run r = CliTest.run("extract", in.toString(), "-s", "en", "-t", "de", "-o", tmp.resolve("out").toString(), "--json", "-q");
        assertEquals(2, r.exit());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(6, j.get("files").asInt());
        assertEquals(5, j.get("ok").asInt());
        assertEquals(1, j.get("failed").asInt());
        assertEquals(0, j.get("skipped").asInt());
        assertEquals(5, j.get("outputs").size());
        long units = 0;
        long segments = 0;
        long words = 0;
        for (JsonNode o : j.get("outputs")) {
            assertTrue(Files.exists(Path.of(o.get("output").asText())), o.toString());
            assertTrue(o.get("input").asText().startsWith(in.toString()), o.toString());
            units += o.get("units").asLong();
            segments += o.get("segments").asLong();
            words += o.get("words").asLong();
        }
        assertEquals(units, j.get("units").asLong());
        assertEquals(segments, j.get("segments").asLong());
        assertEquals(words, j.get("words").asLong());
        assertTrue(words > 0);
        assertEquals(in.resolve("broken.txt").toString(), j.get("errors").get(0).get("file").asText());
        assertTrue(j.get("errors").get(0).get("message").asText().contains("binary data, not a text file"), j.toString());
        assertTrue(r.err().contains("broken.txt: binary data"), "errors also on stderr");

        CliTest.Run m = CliTest.run("merge", tmp.resolve("out").toString(), "-o", tmp.resolve("m").toString(), "--json", "-q");
        assertEquals(0, m.exit(), m.err());
        JsonNode mj = new ObjectMapper().readTree(m.out());
        assertEquals(5, mj.get("files").asInt());
        assertEquals(5, mj.get("ok").asInt());
        assertEquals(0, mj.get("errors").size());
        assertEquals(5, mj.get("outputs").size());
        assertEquals(segments, mj.get("segments").asLong());
        CliTest.Run skipped = CliTest.run("merge", tmp.resolve("out").toString(), "-o", tmp.resolve("m").toString(), "--json", "-q");
        assertEquals(5, new ObjectMapper().readTree(skipped.out()).get("skipped").asInt());
    }

    @Test
    void aFailingFileAmongGoodOnesInParallelIsReportedInItsPlace() throws Exception {
        Path in = articles(tmp.resolve("in"), 8);
        Files.write(in.resolve("article-003b.txt"), new byte[] {0, 1, 2, 3, 0, (byte) 0xFF, 0, 0});
        CliTest.Run r = CliTest.run("extract", in.toString(), "-s", "en", "-t", "de", "-o", tmp.resolve("out").toString(),
                "--threads", "4", "-q");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("article-003b.txt: binary data, not a text file"), r.err());
        assertTrue(r.out().contains("total: 8 files extracted, 1 failed"), r.out());
        assertEquals(8, files(tmp.resolve("out")).size());
        List<String> inputsInOrder = r.out().lines().filter(l -> l.contains(" -> ")).map(l -> l.substring(0, l.indexOf(" -> "))).toList();
        assertEquals(inputsInOrder.stream().sorted().toList(), inputsInOrder, "summary lines in input order");
    }

    @Test
    void progressLinesGoToStderrOnlyAndQuietHasNone() throws Exception {
        Path in = articles(tmp.resolve("in"), 6);
        CliTest.Run r = CliTest.run("extract", in.toString(), "-s", "en", "-t", "de", "-o", tmp.resolve("a").toString(), "--threads", "2");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.matches("extract: 6/6 files, [\\d,]+ segments, \\d+ s")), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.matches("extract: [1-5]/6 files, [\\d,]+ segments, \\d+ s, ETA \\d+:\\d\\d")), r.err());
        assertFalse(r.out().contains("files, "), r.out());
        assertTrue(r.out().lines().allMatch(l -> l.contains(" -> ") || l.startsWith("total: ")), r.out());

        CliTest.Run quiet = CliTest.run("extract", in.toString(), "-s", "en", "-t", "de", "-o", tmp.resolve("b").toString(), "--quiet", "--force");
        assertEquals(0, quiet.exit(), quiet.err());
        assertEquals("", quiet.err());

        CliTest.Run qa = CliTest.run("qa", tmp.resolve("a").toString(), "--fail-on", "never");
        assertTrue(qa.err().contains("qa: 6/6 files"), qa.err());
        assertFalse(qa.out().contains("qa: "), qa.out());
    }

    @Test
    void threadsMustBePositive() {
        CliTest.Run r = CliTest.run("extract", CliTest.SEED.toString(), "-s", "en", "-t", "de", "-o", tmp.toString(), "--threads", "0");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--threads: must be at least 1"), r.err());
    }
}
