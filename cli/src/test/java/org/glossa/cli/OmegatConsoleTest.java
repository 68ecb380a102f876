package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OmegaT 3.6 (Debian's {@code omegat}) in console mode on what {@code extract --xliff 1.2 --copy-source} writes: it
 * finds every translatable segment (its XLIFF filter translates the target, so without the copy it finds none), and
 * what it writes back merges through {@code glossa merge}. A one-entry memory in {@code tm/auto} stands in for the
 * translator: OmegaT applies it and leaves the rest as the copies.
 */
class OmegatConsoleTest {
    static final String JAR = "/usr/share/omegat/OmegaT.jar";
    static final String NAME = CopySourceCliTest.NAME;

    @TempDir
    Path tmp;

    @Test
    void findsAllSegmentsAndItsTranslationMergesBack() throws Exception {
        ExternalProgram omegat = ExternalProgram.require(JAR, "omegat");
        Path x = tmp.resolve("x");
        CliTest.Run r = CliTest.run("extract", CliTest.SEED.toString(), "-s", "en", "-t", "de", "--xliff", "1.2",
                "--copy-source", "-o", x.toString());
        assertEquals(0, r.exit(), r.err());
        Path project = tmp.resolve("proj");
        for (String d : List.of("source", "target", "tm/auto", "glossary", "omegat", "dictionary")) Files.createDirectories(project.resolve(d));
        Files.copy(x.resolve(NAME + ".xlf"), project.resolve("source").resolve(NAME + ".xlf"));
        writeProject(project);
        Files.writeString(project.resolve("tm/auto/translator.tmx"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="none"
                  adminlang="en" srclang="EN-US" datatype="plaintext"/>
                <body><tu><tuv xml:lang="EN-US"><seg>Image: Johanna Geron/REUTERS</seg></tuv>
                <tuv xml:lang="DE-DE"><seg>Bild: Johanna Geron/REUTERS</seg></tuv></tu></body></tmx>
                """, StandardCharsets.UTF_8);
        ExternalProgram.Result run = ExternalProgram.run(tmp, List.of(javaBinary(), "-Djava.awt.headless=true", "-jar",
                omegat.path().toString(), project.toString(), "--config-dir=" + tmp.resolve("config"), "--quiet",
                "--mode=console-translate"), 10);
        assertEquals(0, run.exit(), run.output());

        String stats = Files.readString(project.resolve("omegat/project_stats.txt"), StandardCharsets.UTF_8);
        assertEquals(OkapiXliffFilterTest.glossaSegments(x.resolve(NAME + ".xlf")), count(stats, "Total"), stats);
        assertEquals(35, count(stats, "Total"), "the seed's translatable segments");
        assertEquals(34, count(stats, "Remaining"), "one translated from tm/auto");

        Path translated = project.resolve("target").resolve(NAME + ".xlf");
        r = CliTest.run("merge", translated.toString(), "-o", tmp.resolve("m").toString());
        assertEquals(0, r.exit(), r.err());
        String merged = Files.readString(tmp.resolve("m").resolve(CopySourceCliTest.MERGED), StandardCharsets.UTF_8);
        String expected = Files.readString(CliTest.SEED, StandardCharsets.UTF_8)
                .replace("UkraineImage: Johanna Geron/REUTERS", "UkraineBild: Johanna Geron/REUTERS");
        assertEquals(expected, merged, "OmegaT's one translation in place, the unchanged copies left as the original");
        r = CliTest.run("qa", translated.toString(), "--format", "json");
        assertTrue(!r.out().contains("\"untranslated\""), "copies OmegaT left alone are untranslated, not copied source");

        // OmegaT sets no states (its translation stays state="new"): only --any-state imports it, and the summary
        // says why the rest was left out
        Path memory = tmp.resolve("omegat.tmx");
        r = CliTest.run("tm", "import", translated.toString(), "-o", memory.toString(), "-s", "en", "-t", "de");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("0 added") && r.out().contains("; skipped 34 (target is the source copied), 1 (not confirmed: state new)"), r.out());
        r = CliTest.run("tm", "import", translated.toString(), "-o", memory.toString(), "-s", "en", "-t", "de", "--any-state");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("1 added") && r.out().endsWith("; skipped 34 (target is the source copied)" + System.lineSeparator()), r.out());
        r = CliTest.run("tm", "lookup", "Image: Johanna Geron/REUTERS", "--tm", memory.toString(), "-s", "en", "-t", "de");
        assertTrue(r.out().startsWith("100  Image: Johanna Geron/REUTERS") && r.out().contains("Bild: Johanna Geron/REUTERS"), r.out());
    }

    /** An OmegaT 3.6 project file for English (US) → German with the default folders. */
    static void writeProject(Path project) throws java.io.IOException {
        Files.writeString(project.resolve("omegat.project"), """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <omegat><project version="1.0">
                  <source_dir>__DEFAULT__</source_dir><target_dir>__DEFAULT__</target_dir><tm_dir>__DEFAULT__</tm_dir>
                  <glossary_dir>__DEFAULT__</glossary_dir><glossary_file>__DEFAULT__</glossary_file>
                  <dictionary_dir>__DEFAULT__</dictionary_dir>
                  <source_lang>EN-US</source_lang><target_lang>DE-DE</target_lang>
                  <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
                  <target_tok>org.omegat.tokenizer.LuceneGermanTokenizer</target_tok>
                  <sentence_seg>true</sentence_seg><support_default_translations>true</support_default_translations>
                  <remove_tags>false</remove_tags>
                </project></omegat>
                """, StandardCharsets.UTF_8);
    }

    private static int count(String stats, String row) {
        Matcher m = Pattern.compile("(?m)^" + row + ":\\s+(\\d+)").matcher(stats);
        assertTrue(m.find(), stats);
        return Integer.parseInt(m.group(1));
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
