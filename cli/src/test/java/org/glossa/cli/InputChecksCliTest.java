package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that would give a silent empty result are refused with exit 2 and a message saying what is wrong. */
class InputChecksCliTest {
    @TempDir
    Path tmp;

    @Test
    void aLanguageIcuDoesNotKnowIsRefusedNamingTheOption() {
        CliTest.Run r = CliTest.run("extract", CliTest.SEED.toString(), "-s", "en", "-t", "deutsch", "-o", tmp.toString());
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().contains("--target") && r.err().contains("'deutsch' is not a BCP 47 language tag"), r.err());
        assertEquals(0, CliTest.run("extract", CliTest.SEED.toString(), "-s", "en-GB", "-t", "pt-BR", "-o", tmp.toString()).exit());
    }

    @Test
    void everyBatchCommandRefusesAFolderWithoutInputFiles() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Files.writeString(empty.resolve("notes.odt"), "not an input of any command");
        String dw = "../glossaries/dw-en-de.tbx";
        for (List<String> cmd : List.of(
                List.of("extract", empty.toString(), "-s", "en", "-t", "de", "-o", tmp.resolve("o").toString()),
                List.of("merge", empty.toString(), "-o", tmp.resolve("m").toString()),
                List.of("qa", empty.toString()),
                List.of("analyze", empty.toString(), "-s", "en", "-t", "de"),
                List.of("terms", empty.toString(), "-g", dw, "-s", "en", "-t", "de"),
                List.of("tm", "import", empty.toString(), "-o", tmp.resolve("t.tmx").toString(), "-s", "en", "-t", "de"))) {
            CliTest.Run r = CliTest.run(cmd.toArray(String[]::new));
            assertEquals(2, r.exit(), cmd + ": " + r.out() + r.err());
            assertTrue(r.err().contains("no input files in " + empty), cmd + ": " + r.err());
        }
    }

    static final String TMX_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"en\""
            + " adminlang=\"en\" segtype=\"sentence\" datatype=\"plaintext\" o-tmf=\"x\" creationtool=\"t\" creationtoolversion=\"1\"/><body>\n";

    static String tu(String lang, String source, String target) {
        return "<tu><tuv xml:lang=\"en\"><seg>" + source + "</seg></tuv><tuv xml:lang=\"" + lang + "\"><seg>" + target + "</seg></tuv></tu>\n";
    }

    @Test
    void everyCommandRefusesAFileWithoutTheLanguagePairNamingThePairsItHolds() throws Exception {
        Path frTmx = tmp.resolve("fr.tmx");
        Files.writeString(frTmx, TMX_HEAD + tu("fr", "The EU and NATO signed a declaration.", "L'UE et l'OTAN ont signé une déclaration.")
                + tu("fr-FR", "Image: Johanna Geron/REUTERS", "Photo : Johanna Geron/REUTERS") + "</body></tmx>\n");
        Path frGlossary = tmp.resolve("fr.csv");
        Files.writeString(frGlossary, "en,fr\nEuropean Union,Union européenne\nNATO,OTAN\n");
        Path x = tmp.resolve("x");
        assertEquals(0, CliTest.run("extract", CliTest.SEED.toString(), "-s", "en", "-t", "fr", "-o", x.toString()).exit());
        Path frXliff = x.resolve(CopySourceCliTest.NAME + ".xlf");
        String seed = CliTest.SEED.toString();
        String dw = "../glossaries/dw-en-de.tbx";
        String tmxPairs = "holds no en→de units; its language pairs: en→fr (1), en→fr-FR (1)";
        String glossaryLanguages = "has no de terms; its languages: en, fr";
        String xliffPair = "is en→fr, not en→de (-s/-t)";
        for (List<String> cmd : List.of(
                List.of("extract", seed, "-s", "en", "-t", "de", "--tm", frTmx.toString(), "-o", tmp.resolve("o1").toString(), "#" + tmxPairs),
                List.of("extract", seed, "-s", "en", "-t", "de", "-g", frGlossary.toString(), "-o", tmp.resolve("o2").toString(), "#" + glossaryLanguages),
                List.of("qa", frXliff.toString(), "-s", "en", "-t", "de", "#" + xliffPair),
                List.of("qa", frTmx.toString(), "-s", "en", "-t", "de", "#" + tmxPairs),
                List.of("qa", frXliff.toString(), "-g", frGlossary.toString(), "-s", "en", "-t", "de", "#" + glossaryLanguages),
                List.of("terms", frXliff.toString(), "-g", dw, "-s", "en", "-t", "de", "#" + xliffPair),
                List.of("terms", seed, "-g", frGlossary.toString(), "-s", "en", "-t", "de", "#" + glossaryLanguages),
                List.of("analyze", frXliff.toString(), "-s", "en", "-t", "de", "#" + xliffPair),
                List.of("analyze", seed, "--tm", frTmx.toString(), "-s", "en", "-t", "de", "#" + tmxPairs),
                List.of("tm", "lookup", "Image: Johanna Geron/REUTERS", "--tm", frTmx.toString(), "-s", "en", "-t", "de", "#" + tmxPairs),
                List.of("tm", "stats", frTmx.toString(), "-s", "en", "-t", "de", "#" + tmxPairs),
                List.of("tm", "import", frTmx.toString(), "-o", tmp.resolve("i1.tmx").toString(), "-s", "en", "-t", "de", "#" + tmxPairs),
                List.of("tm", "import", frXliff.toString(), "-o", tmp.resolve("i2.tmx").toString(), "-s", "en", "-t", "de", "#" + xliffPair),
                List.of("tm", "export", frTmx.toString(), "-o", tmp.resolve("e.tmx").toString(), "-s", "en", "-t", "de", "#" + tmxPairs),
                List.of("glossary", "check", frGlossary.toString(), "-s", "en", "-t", "de", "#" + glossaryLanguages),
                List.of("glossary", "convert", frGlossary.toString(), tmp.resolve("g.utf8").toString(), "-s", "en", "-t", "de", "#" + glossaryLanguages))) {
            String expected = cmd.get(cmd.size() - 1).substring(1);
            CliTest.Run r = CliTest.run(cmd.subList(0, cmd.size() - 1).toArray(String[]::new));
            assertEquals(2, r.exit(), cmd + ": " + r.out() + r.err());
            assertTrue(r.err().contains(expected), cmd + ": " + r.err());
        }
        assertTrue(!Files.exists(tmp.resolve("e.tmx")), "no export for the wrong pair");
        assertTrue(!Files.readString(tmp.resolve("i1.tmx")).contains("<tu"), "no unit imported for the wrong pair");
    }

    @Test
    void aMemoryWithSeveralPairsIsUsedForTheOneAskedWithAWarningGivingTheCounts() throws Exception {
        Path mixed = tmp.resolve("mixed.tmx");
        Files.writeString(mixed, TMX_HEAD + tu("fr", "Image: Johanna Geron/REUTERS", "Photo : Johanna Geron/REUTERS")
                + tu("de", "Image: Johanna Geron/REUTERS", "Bild: Johanna Geron/REUTERS")
                + tu("fr", "The EU and NATO signed a declaration.", "L'UE et l'OTAN ont signé une déclaration.") + "</body></tmx>\n");
        String warning = "warning: " + mixed + ": 1 of 3 units are en→de, the others left out: en→fr (2)";
        CliTest.Run r = CliTest.run("tm", "lookup", "Image: Johanna Geron/REUTERS", "--tm", mixed.toString(), "-s", "en", "-t", "de");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains(warning), r.err());
        assertTrue(r.out().contains("Bild: Johanna Geron/REUTERS") && !r.out().contains("Photo"), r.out());
        r = CliTest.run("tm", "import", mixed.toString(), "-o", tmp.resolve("m.tmx").toString(), "-s", "en", "-t", "de");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains(warning) && r.out().contains("1 added") && r.out().contains("skipped 2 (other language pair)"), r.out() + r.err());
        r = CliTest.run("qa", mixed.toString(), "-s", "en", "-t", "de", "--format", "json");
        assertTrue(r.err().contains(warning), r.err());
        assertTrue(r.out().contains("\"segments\": 1") && !r.out().contains("empty-target"), "the en→fr units are not empty targets: " + r.out());
    }
}
