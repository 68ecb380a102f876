package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.glossa.core.project.ProjectFile;
import org.glossa.core.qa.SeedTranslation;
import org.glossa.core.xliff.XliffVersion;
import org.glossa.core.xliff.XliffWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project with the seed article and the DW glossary, run end to end. */
class RunCommandTest {
    static final String SEED_NAME = SeedTranslation.SEED.getFileName().toString();

    @TempDir
    Path tmp;
    Path project;

    @BeforeEach
    void createProject() throws Exception {
        project = tmp.resolve("dw");
        CliTest.Run init = CliTest.run("project", "init", project.toString(), "-s", "en", "-t", "de");
        assertEquals(0, init.exit(), init.err());
        assertTrue(init.out().contains(ProjectFile.FILE_NAME + ": project created"), init.out());
        Files.copy(SeedTranslation.SEED, project.resolve("sources").resolve(SEED_NAME));
        Files.copy(Path.of("../glossaries/dw-en-de.tbx"), project.resolve("glossaries/dw-en-de.tbx"));
    }

    private Path reports() {
        return project.resolve("out/reports");
    }

    private Path xliff() {
        return project.resolve("out/xliff/sources/" + SEED_NAME + ".xlf");
    }

    /** Builds memories/dw.tmx from the German seed with {@code overrides} (by "unit/segment"). */
    private void memory(Map<String, String> overrides) throws Exception {
        Path xlf = tmp.resolve("seed.de.xlf");
        XliffWriter.write(SeedTranslation.translated(overrides), XliffVersion.V2_1, xlf);
        CliTest.Run imp = CliTest.run("tm", "import", xlf.toString(), "-o", project.resolve("memories/dw.tmx").toString());
        assertEquals(0, imp.exit(), imp.err());
    }

    @Test
    void runWritesTheXliffAndTheFourReportsAndChecksOnlySegmentsWithATarget() throws Exception {
        CliTest.Run r = CliTest.run("run", project.toString(), "--quiet");
        assertEquals(0, r.exit(), "nothing translated yet: nothing for QA to find\n" + r.out() + r.err());
        assertEquals("", r.err());
        String[] lines = r.out().split("\n");
        assertEquals(3, lines.length, r.out());
        assertTrue(lines[0].startsWith("extract: 1 files -> "), lines[0]);
        assertTrue(lines[0].contains("1 written, 0 up to date, 0 failed"), lines[0]);
        assertTrue(lines[0].contains("pre-translated 0 exact + 0 fuzzy"), lines[0]);
        assertTrue(lines[1].startsWith("qa: 1 files, 0 segments with a target checked (35 without one not checked), 0 errors"), lines[1]);
        assertTrue(lines[1].contains(reports().resolve("qa.html").toAbsolutePath().toString()), lines[1]);
        assertTrue(lines[2].startsWith("analysis: 1 files, 640 words: 0 in 101, 0 in 100, 0 fuzzy, 640 no match"), lines[2]);
        assertTrue(lines[2].contains(reports().resolve("analysis.json").toAbsolutePath().toString()), lines[2]);

        String xlf = Files.readString(xliff());
        assertTrue(xlf.contains("urn:oasis:names:tc:xliff:document:2."), "XLIFF 2");
        assertTrue(xlf.contains("type=\"term\""), "glossary terms marked");
        ObjectMapper json = new ObjectMapper();
        JsonNode qa = json.readTree(reports().resolve("qa.json").toFile());
        assertEquals(0, qa.get("summary").get("segments").asInt());
        assertEquals(0, qa.get("summary").get("issues").asInt());
        JsonNode analysis = json.readTree(reports().resolve("analysis.json").toFile()).get("total");
        assertEquals(640, analysis.get("words").asInt());
        assertTrue(Files.readString(reports().resolve("qa.html")).contains("<html"));
        assertTrue(Files.readString(reports().resolve("analysis.html")).contains("<html"));

        CliTest.Run again = CliTest.run("run", project.resolve(ProjectFile.FILE_NAME).toString(), "-q");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("0 written, 1 up to date"), "the project file works too; outputs are reused\n" + again.out());
        CliTest.Run forced = CliTest.run("run", project.toString(), "-q", "--force");
        assertTrue(forced.out().contains("1 written, 0 up to date"), forced.out());
    }

    @Test
    void aMemoryPreTranslatesAndTheAnalysisUsesIt() throws Exception {
        memory(Map.of());
        CliTest.Run r = CliTest.run("run", project.toString(), "-q");
        assertTrue(r.out().contains("pre-translated 35 exact + 0 fuzzy"), r.out());
        assertTrue(r.out().contains("qa: 1 files, 35 segments with a target checked (0 without one not checked), 0 errors"),
                r.out());
        assertEquals(0, r.exit(), r.out() + r.err());
        JsonNode total = new ObjectMapper().readTree(reports().resolve("analysis.json").toFile()).get("total");
        assertEquals(640, total.get("words").asInt());
        assertEquals(640, total.get("bands").get("101").asInt() + total.get("bands").get("100").asInt(), total.toString());
        JsonNode qa = new ObjectMapper().readTree(reports().resolve("qa.json").toFile());
        assertEquals(35, qa.get("summary").get("segments").asInt());
        assertTrue(Files.readString(xliff()).contains("Januar 2023"), "targets filled from the memory");
    }

    @Test
    void qaErrorsInPreTranslatedTargetsGiveExitOne() throws Exception {
        memory(Map.of("u24/s1", "Die EU hat heute 28 Mitglieder."));
        CliTest.Run r = CliTest.run("run", project.toString(), "-q");
        assertEquals(1, r.exit(), r.out() + r.err());
        JsonNode qa = new ObjectMapper().readTree(reports().resolve("qa.json").toFile());
        assertTrue(qa.get("summary").get("bySeverity").get("error").asInt() >= 1, qa.toString());
        assertTrue(qa.get("summary").get("byCheck").has("number-mismatch"), qa.toString());
    }

    @Test
    void aProjectFileWithAMissingKeyIsAnInputError() throws Exception {
        Path file = project.resolve(ProjectFile.FILE_NAME);
        Files.writeString(file, Files.readString(file).replaceAll("(?m)^target = .*\\n", ""));
        CliTest.Run r = CliTest.run("run", project.toString());
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().contains(file.toString()) && r.err().contains("missing required key 'target'"), r.err());
        assertTrue(!Files.exists(project.resolve("out")), "nothing written");
    }

    @Test
    void noSourceFilesAndAnExistingProjectAreInputErrors() throws Exception {
        Files.delete(project.resolve("sources").resolve(SEED_NAME));
        CliTest.Run r = CliTest.run("run", project.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("sources: no source file matches"), r.err());
        CliTest.Run again = CliTest.run("project", "init", project.toString(), "-s", "en", "-t", "de");
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("a project file already exists"), again.err());
    }

    /**
     * The analysis of run takes the best scores from the pre-translation instead of looking everything up again:
     * its JSON is the one analyze gives with the same memory (which looks up), and stays the same when the XLIFF is
     * up to date (then run opens and looks up the sources itself) and with --force.
     */
    @Test
    void theAnalysisFromThePreTranslationEqualsAFreshAnalysis() throws Exception {
        memory(Map.of("u24/s1", "Heute gehören der EU 27 Staaten an."));
        // a second article: the seed with a few words changed (fuzzy matches), so repetitions across files too
        String seed = Files.readString(SeedTranslation.SEED);
        Files.writeString(project.resolve("sources/variant.en.txt"),
                seed.replace("Brussels", "Berlin").replace("NATO chief", "alliance chief").replace("said", "stated"));
        CliTest.Run r = CliTest.run("run", project.toString(), "--quiet");
        assertEquals("", r.err());
        assertTrue(r.exit() != ExitCodes.USAGE_OR_INPUT, "every step ran (QA may find errors in fuzzy matches): " + r.out());
        Path json = reports().resolve("analysis.json");
        String fromRun = Files.readString(json);
        JsonNode parsed = new ObjectMapper().readTree(fromRun);
        JsonNode bands = parsed.get("total").get("bands");
        assertTrue(bands.get("100").asInt() + bands.get("101").asInt() > 0, fromRun);
        assertTrue(bands.get("repetitions").asInt() > 0, fromRun);
        int fuzzy = 0;
        for (String b : new String[] {"95-99", "85-94", "75-84", "50-74"}) fuzzy += bands.path(b).asInt();
        assertTrue(fuzzy > 0, "fuzzy matches from the changed article: " + fromRun);

        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("analyze"));
        for (JsonNode f : parsed.get("files")) args.add(f.get("file").asText());
        assertEquals(2, args.size() - 1, fromRun);
        args.addAll(java.util.List.of("--tm", project.resolve("memories/dw.tmx").toString(), "--json", "-q"));
        CliTest.Run analyze = CliTest.run(args.toArray(String[]::new));
        assertEquals(0, analyze.exit(), analyze.err());
        assertEquals(new ObjectMapper().readTree(analyze.out()), parsed, "run's analysis = analyze's");

        CliTest.Run upToDate = CliTest.run("run", project.toString(), "--quiet");
        assertTrue(upToDate.out().contains("0 written, 2 up to date"), upToDate.out());
        assertEquals(fromRun, Files.readString(json));
        CliTest.Run forced = CliTest.run("run", project.toString(), "--quiet", "--force");
        assertTrue(forced.out().contains("2 written, 0 up to date"), forced.out());
        assertEquals(fromRun, Files.readString(json));
    }

    /** Gives every segment of {@code xlf} a target "[de] SOURCE" in state {@code state}, as a translator would. */
    static int translateAll(Path xlf, org.glossa.core.model.SegmentState state) throws Exception {
        org.glossa.core.model.Document doc = org.glossa.core.xliff.XliffReader.read(xlf).get(0);
        int[] n = {0};
        java.util.List<org.glossa.core.model.Unit> units = new java.util.ArrayList<>();
        for (org.glossa.core.model.Unit u : doc.units()) {
            org.glossa.core.model.Unit t = u;
            if (u.translate()) {
                for (org.glossa.core.model.Segment s : u.segments()) {
                    t = t.withSegment(s.withTarget(org.glossa.core.model.Content.of("[de] " + s.source().plainText()), state));
                    n[0]++;
                }
            }
            units.add(t);
        }
        XliffWriter.write(doc.withUnits(units), Files.readString(xlf).contains("xliff:document:1.2") ? XliffVersion.V1_2 : XliffVersion.V2_1, xlf);
        return n[0];
    }

    /** The target of every segment of {@code xlf} with a target, by source text. */
    static Map<String, String> targets(Path xlf) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (org.glossa.core.model.Segment s : org.glossa.core.xliff.XliffReader.read(xlf).get(0).segments()) {
            s.target().ifPresent(t -> out.put(s.source().plainText() + " | " + s.state().id(), t.plainText()));
        }
        return out;
    }

    @Test
    void runAfterASourceEditCarriesTheTranslationsOverAndSaysWhatItCouldNot() throws Exception {
        assertEquals(0, CliTest.run("run", project.toString(), "--quiet").exit());
        int translated = translateAll(xliff(), org.glossa.core.model.SegmentState.FINAL);
        Map<String, String> before = targets(xliff());
        assertEquals(translated, before.size());
        Path source = project.resolve("sources").resolve(SEED_NAME);
        String text = Files.readString(source);
        String changed = "The EU and NATO signed a joint declaration on Tuesday.";
        String sentence = org.glossa.core.xliff.XliffReader.read(xliff()).get(0).units().stream()
                .filter(u -> u.translate() && !u.segments().isEmpty()).skip(3).findFirst().orElseThrow()
                .segments().get(0).source().plainText();
        assertEquals(text.indexOf(sentence), text.lastIndexOf(sentence), sentence);
        Files.writeString(source, text.replace(sentence, changed));
        Files.setLastModifiedTime(source, java.nio.file.attribute.FileTime.from(
                Files.getLastModifiedTime(xliff()).toInstant().plusSeconds(10)));

        CliTest.Run again = CliTest.run("run", project.toString(), "--quiet");

        assertTrue(again.out().contains("1 written, 0 up to date"), again.out());
        assertTrue(again.out().contains("sources/" + SEED_NAME + ": " + (translated - 1)
                + " translations carried over, 1 not (source changed)"), again.out());
        Map<String, String> after = targets(xliff());
        Map<String, String> expected = new java.util.LinkedHashMap<>(before);
        expected.keySet().removeIf(k -> k.startsWith(sentence + " | "));
        assertEquals(expected, after, "every unchanged segment keeps its target and state; the changed one has none");
        assertTrue(Files.exists(xliff().resolveSibling(xliff().getFileName() + ".bak")),
                "the previous XLIFF is kept when a translation could not be carried over");
    }
}
