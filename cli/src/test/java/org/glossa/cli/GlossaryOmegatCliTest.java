package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glossary convert} to OmegaT's glossary: the source term in the first column, where OmegaT looks. */
class GlossaryOmegatCliTest {
    static final String DW = "../glossaries/dw-en-de.tbx";

    @TempDir
    Path tmp;

    @Test
    void byExtensionAndByFormatOption() throws Exception {
        Path utf8 = tmp.resolve("dw.utf8");
        CliTest.Run r = CliTest.run("glossary", "convert", DW, utf8.toString(), "-s", "en", "-t", "de");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(utf8, StandardCharsets.UTF_8);
        assertEquals("# -*- coding: utf-8 -*-", lines.get(0));
        assertTrue(lines.stream().skip(1).allMatch(l -> l.split("\t").length >= 2), "source TAB target [TAB comment]");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("NATO\tNATO")), String.join("\n", lines));
        Path other = tmp.resolve("dw.glossary");
        r = CliTest.run("glossary", "convert", DW, other.toString(), "--format", "omegat");
        assertEquals(0, r.exit(), r.err());
        assertEquals(Files.readString(utf8), Files.readString(other));
        r = CliTest.run("glossary", "convert", DW, other.toString(), "--format", "wordfast");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("'wordfast' is not a glossary format Glossa writes"), r.err());
    }
}
