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
}
