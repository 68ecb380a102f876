package org.glossa.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glossa spark terms} and {@code analyze} in local[2] print what {@code glossa terms} and {@code analyze} print. */
class TermsAndAnalyzeJobTest extends LocalSparkTest {
    @TempDir
    Path tmp;

    @Test
    void termsOfTheSeedAreThoseOfTheCommandLine() {
        String[] args = {"terms", Archives.SEEDS.toString(), "-g", Archives.GLOSSARY.toString(), "--json"};
        LocalSpark.Run cli = LocalSpark.cli(args);
        LocalSpark.Run sp = LocalSpark.spark(ExtractJobTest.concat(args, new String[0], "--master", "local[2]"));
        assertEquals(0, cli.exit(), cli.err());
        assertEquals(0, sp.exit(), sp.err());
        assertTrue(cli.out().contains("\"term\""), cli.out());
        assertEquals(cli.out(), sp.out());
        String[] text = {"terms", Archives.SEEDS.toString(), "-g", Archives.GLOSSARY.toString()};
        assertEquals(LocalSpark.cli(text).out(), LocalSpark.spark(text).out());
    }

    @Test
    void anArchiveAgainstAMemoryHasTheSameCountsRepetitionsAcrossFilesIncluded() throws Exception {
        Path articles = Archives.generate(tmp.resolve("articles"), 200);
        List<Path> files = Archives.files(articles).stream().map(articles::resolve).toList();
        Path translated = Translated.write(files.subList(0, 20), tmp.resolve("xlf"));
        Path tmx = tmp.resolve("memory.tmx");
        LocalSpark.Run imported = LocalSpark.cli("tm", "import", translated.toString(), "-o", tmx.toString(), "-q");
        assertEquals(0, imported.exit(), imported.err());
        Files.write(articles.resolve("broken.docx"), new byte[] {1, 2, 3});
        String[] args = {"analyze", articles.toString(), tmp.resolve("xlf").toString(), "--tm", tmx.toString(), "--json"};
        LocalSpark.Run cli = LocalSpark.cli(args);
        LocalSpark.Run sp = LocalSpark.spark(args);
        assertEquals(2, cli.exit(), cli.err());
        assertEquals(2, sp.exit(), sp.err());
        assertTrue(cli.out().contains("\"repetitions\"") && cli.out().contains("\"100\""), cli.out());
        assertEquals(cli.out(), sp.out());
        assertTrue(sp.err().contains("broken.docx"), sp.err());

        String[] text = {"analyze", tmp.resolve("xlf").toString()};
        assertEquals(LocalSpark.cli(text).out(), LocalSpark.spark(text).out());
    }
}
