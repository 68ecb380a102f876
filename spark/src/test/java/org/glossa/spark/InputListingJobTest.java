package org.glossa.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files given twice (named twice, or named and in a folder given too) are listed by the Spark jobs as by the command
 * line (both list with core's {@code InputListing}): {@code analyze} counts the second as repetitions, and QA reports
 * the occurrences of one name as one file, as core's QaSession does.
 */
class InputListingJobTest extends LocalSparkTest {
    @TempDir
    Path tmp;

    @Test
    void filesGivenTwiceGiveWhatTheCommandLineGives() throws Exception {
        Path articles = Archives.generate(tmp.resolve("articles"), 12);
        List<Path> names = Archives.files(articles);
        Files.createDirectories(articles.resolve("sub"));
        Files.move(articles.resolve(names.get(11)), articles.resolve("sub").resolve(names.get(11)));
        Path first = articles.resolve(names.get(0));
        String[] inputs = {first.toString(), articles.toString(), articles.resolve("sub").toString(),
                tmp.resolve("articles/sub/../" + names.get(0)).toString(), first.toString()};

        String[] analyze = ExtractJobTest.concat(new String[] {"analyze"}, inputs, "--json");
        LocalSpark.Run cli = LocalSpark.cli(analyze);
        LocalSpark.Run sp = LocalSpark.spark(ExtractJobTest.concat(analyze, new String[0], "--master", "local[2]"));
        assertEquals(0, cli.exit(), cli.err());
        assertEquals(cli.out(), sp.out());
        assertEquals(16, count(sp.out(), "\"file\":"), sp.out());

        String[] terms = ExtractJobTest.concat(new String[] {"terms"}, inputs, "-g", Archives.GLOSSARY.toString(), "--json");
        assertEquals(LocalSpark.cli(terms).out(), LocalSpark.spark(terms).out());

        String[] extract = ExtractJobTest.concat(new String[] {"extract"}, inputs, "-s", "en", "-t", "de", "--force", "--json");
        LocalSpark.Run cliX = LocalSpark.cli(ExtractJobTest.concat(extract, new String[0], "-o", tmp.resolve("cli").toString()));
        LocalSpark.Run spX = LocalSpark.spark(ExtractJobTest.concat(extract, new String[0], "-o", tmp.resolve("spark").toString()));
        assertEquals(0, spX.exit(), spX.err());
        assertEquals(cliX.out().replace(tmp.resolve("cli").toString(), "OUT"), spX.out().replace(tmp.resolve("spark").toString(), "OUT"));
        assertEquals(Archives.files(tmp.resolve("cli")), Archives.files(tmp.resolve("spark")));

        // QA: a name given twice is one file of the report, its findings ranked as one file's
        Path xlf = Translated.write(List.of(articles.resolve(names.get(1)), articles.resolve(names.get(2))), tmp.resolve("xlf"));
        Path one = xlf.resolve(names.get(1) + ".xlf");
        String[] qa = {"qa", one.toString(), xlf.toString(), one.toString(), "--format", "json", "--fail-on", "never",
                "-g", Archives.GLOSSARY.toString()};
        LocalSpark.Run cliQ = LocalSpark.cli(qa);
        LocalSpark.Run spQ = LocalSpark.spark(qa);
        assertEquals(0, spQ.exit(), spQ.err());
        assertTrue(cliQ.out().contains("\"inconsistent-target\""), cliQ.out());
        assertEquals(cliQ.out(), spQ.out());
        String[] text = {"qa", one.toString(), xlf.toString(), one.toString(), "--fail-on", "never"};
        assertEquals(LocalSpark.cli(text).out(), LocalSpark.spark(text).out());
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) n++;
        return n;
    }
}
