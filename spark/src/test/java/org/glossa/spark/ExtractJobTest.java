package org.glossa.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glossa spark extract} in local[2] writes the XLIFF {@code glossa extract} writes, byte for byte. */
class ExtractJobTest extends LocalSparkTest {
    @TempDir
    Path tmp;

    @Test
    void theSeedWithTheGlossaryIsExtractedAsTheCommandLineDoes() throws IOException {
        String[] common = {Archives.SEEDS.toString(), "-s", "en", "-t", "de", "-g", Archives.GLOSSARY.toString()};
        LocalSpark.Run cli = LocalSpark.cli(concat(new String[] {"extract"}, common, "-o", tmp.resolve("cli").toString()));
        LocalSpark.Run sp = LocalSpark.spark(concat(new String[] {"extract"}, common, "-o", tmp.resolve("spark").toString(),
                "--master", "local[2]"));
        assertEquals(0, cli.exit(), cli.err());
        assertEquals(0, sp.exit(), sp.err());
        assertSameTrees(tmp.resolve("cli"), tmp.resolve("spark"));
        assertEquals(cli.out().replace(tmp.resolve("cli").toString(), "OUT"), sp.out().replace(tmp.resolve("spark").toString(), "OUT"));
        assertTrue(sp.out().contains("term hits"), sp.out());

        // a second run leaves the outputs alone (newer than input and glossary), as the command line does
        LocalSpark.Run again = LocalSpark.spark(concat(new String[] {"extract"}, common, "-o", tmp.resolve("spark").toString()));
        assertTrue(again.out().contains("skipped (up to date)"), again.out());
    }

    @Test
    void aGeneratedArchiveWithAMemoryAndABadFileGivesTheSameXliffAndJsonSummary() throws Exception {
        Path articles = Archives.generate(tmp.resolve("articles"), 200);
        Files.createDirectories(articles.resolve("sub"));
        Files.copy(articles.resolve(Archives.files(articles).get(0)), articles.resolve("sub/again.txt"));
        Files.write(articles.resolve("broken.docx"), new byte[] {1, 2, 3}); // not a DOCX: reported, the job goes on
        Path tmx = tmp.resolve("memory.tmx");
        Files.writeString(tmx, """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en"
                 creationtool="test" creationtoolversion="1" o-tmf="test"/><body>
                <tu><tuv xml:lang="en"><seg>Skip to content</seg></tuv><tuv xml:lang="de"><seg>Zum Inhalt springen</seg></tuv></tu>
                <tu><tuv xml:lang="en"><seg>Skip to main menu</seg></tuv><tuv xml:lang="de"><seg>Zum Hauptmenü springen</seg></tuv></tu>
                </body></tmx>
                """);
        String[] common = {articles.toString(), "-s", "en", "-t", "de", "--tm", tmx.toString(), "--xliff", "1.2", "--json"};
        LocalSpark.Run cli = LocalSpark.cli(concat(new String[] {"extract"}, common, "-o", tmp.resolve("cli").toString()));
        LocalSpark.Run sp = LocalSpark.spark(concat(new String[] {"extract"}, common, "-o", tmp.resolve("spark").toString()));
        assertEquals(2, cli.exit(), cli.err());
        assertEquals(2, sp.exit(), sp.err());
        assertSameTrees(tmp.resolve("cli"), tmp.resolve("spark"));
        assertEquals(cli.out().replace(tmp.resolve("cli").toString(), "OUT"), sp.out().replace(tmp.resolve("spark").toString(), "OUT"));
        assertTrue(sp.err().contains("broken.docx"), sp.err());
        assertTrue(sp.out().contains("\"files\": 202") && sp.out().contains("\"failed\": 1"), sp.out());
    }

    private static void assertSameTrees(Path expected, Path actual) throws IOException {
        List<Path> files = Archives.files(expected);
        assertFalse(files.isEmpty());
        assertEquals(files, Archives.files(actual));
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)), f.toString());
        }
    }

    static String[] concat(String[] head, String[] middle, String... tail) {
        String[] out = new String[head.length + middle.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(middle, 0, out, head.length, middle.length);
        System.arraycopy(tail, 0, out, head.length + middle.length, tail.length);
        return out;
    }
}
