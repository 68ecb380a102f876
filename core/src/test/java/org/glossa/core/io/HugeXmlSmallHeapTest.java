package org.glossa.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.glossa.core.model.Document;
import org.glossa.core.tmx.TmxReader;
import org.glossa.core.xliff.XliffReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Huge documents with a small heap: run by the "small-heap" surefire execution of core/pom.xml with -Xmx256m
 * (classes named *SmallHeapTest run only there). The files are generated into a temporary directory.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class HugeXmlSmallHeapTest {
    private static final long MB = 1024 * 1024;

    @TempDir
    Path dir;

    @BeforeEach
    void onlyWithASmallHeap() {
        // with -Dtest=... surefire runs the class in the default execution too: there it is skipped
        long max = Runtime.getRuntime().maxMemory();
        assumeTrue(max <= 300 * MB, "runs only with -Xmx256m (the small-heap execution); max heap is " + (max / MB) + " MB");
    }

    /** TmxReader streams: a 300 MB memory is read unit by unit in constant memory. */
    @Test
    void a300MbTmxStreamsThroughTmxReader() throws IOException {
        Path file = dir.resolve("huge.tmx");
        long units = 0;
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"en\" adminlang=\"en\" "
                    + "segtype=\"sentence\" datatype=\"plaintext\" o-tmf=\"x\" creationtool=\"t\" creationtoolversion=\"1\"/><body>\n");
            long written = 0;
            while (written < 300 * MB) {
                units++;
                String tu = "<tu tuid=\"" + units + "\"><tuv xml:lang=\"en\"><seg>The ministers met in Brussels on Monday "
                        + "to discuss <bpt i=\"1\">&lt;b&gt;</bpt>item " + units + "<ept i=\"1\">&lt;/b&gt;</ept> of the budget."
                        + "</seg></tuv><tuv xml:lang=\"de\"><seg>Die Minister trafen sich am Montag in Brüssel, um Punkt "
                        + units + " des Haushalts zu besprechen.</seg></tuv></tu>\n";
                w.write(tu);
                written += tu.length();
            }
            w.write("</body></tmx>\n");
        }
        assertTrue(Files.size(file) >= 300 * MB, "size " + Files.size(file));
        long[] seen = {0};
        long[] chars = {0};
        TmxReader.read(file, tu -> {
            seen[0]++;
            chars[0] += tu.variants().get(1).content().plainText().length();
        });
        assertEquals(units, seen[0]);
        assertTrue(chars[0] > units * 50, "text of the units was read");
    }

    /**
     * XLIFF 2 is streamed (one unit tree at a time is checked and converted), so what stays in memory is the
     * documents themselves, as for XLIFF 1.2: a 50 MB file (about 180,000 units) reads under -Xmx256m.
     */
    @Test
    void a50MbXliff2FileReads() throws IOException {
        Path file = dir.resolve("big.xlf");
        int units = writeXliff2(file, 50 * MB);
        List<Document> docs = XliffReader.read(file);
        assertEquals(units, docs.get(0).units().size());
        String last = docs.get(0).units().get(units - 1).segments().get(0).target().orElseThrow().plainText();
        assertTrue(last.contains("Punkt " + units + " zu"), last);
    }

    /**
     * What the model does not keep does not stay in memory either: a 100 MB XLIFF 2 file whose bulk is metadata and
     * notes (checked, then dropped) reads under -Xmx256m. Read as one tree, it needed about 7 bytes of heap per byte
     * of file. (Translation candidates, {@code mtc:matches}, are kept in the model since issue #12, so they are not
     * the bulk here: a file of mostly matches needs heap for them.)
     */
    @Test
    void a100MbXliff2FileWithModuleDataReads() throws IOException {
        Path file = dir.resolve("matches.xlf");
        int units = 0;
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" "
                    + "xmlns:mda=\"urn:oasis:names:tc:xliff:metadata:2.0\" version=\"2.1\" srcLang=\"en\" trgLang=\"de\">"
                    + "<file id=\"f1\">\n");
            long written = 0;
            while (written < 100 * MB) {
                units++;
                StringBuilder unit = new StringBuilder("<unit id=\"u" + units + "\"><mda:metadata>");
                for (int m = 1; m <= 4; m++) {
                    unit.append("<mda:metaGroup id=\"m").append(m).append("\" category=\"candidate\"><mda:meta type=\"source\">")
                            .append("The ministers met in Brussels on Monday to discuss item ").append(units + m)
                            .append(" of the budget.</mda:meta><mda:meta type=\"target\">Die Minister trafen sich am Montag in ")
                            .append("Brüssel, um Punkt ").append(units + m).append(" zu besprechen.</mda:meta></mda:metaGroup>");
                }
                unit.append("</mda:metadata><notes><note category=\"context\">Agenda of the council meeting, item ").append(units)
                        .append(", as agreed on Friday.</note></notes><segment id=\"s1\"><source>Item ").append(units)
                        .append(".</source></segment></unit>\n");
                w.write(unit.toString());
                written += unit.length();
            }
            w.write("</file></xliff>\n");
        }
        assertTrue(Files.size(file) >= 100 * MB, "size " + Files.size(file));
        List<Document> docs = XliffReader.read(file);
        assertEquals(units, docs.get(0).units().size());
        assertEquals("Item " + units + ".", docs.get(0).units().get(units - 1).source().plainText());
    }

    /** A 25 MB XLIFF 2 file reads under -Xmx256m. */
    @Test
    void a25MbXliff2FileReads() throws IOException {
        Path file = dir.resolve("big.xlf");
        int units = writeXliff2(file, 25 * MB);
        List<Document> docs = XliffReader.read(file);
        assertEquals(units, docs.get(0).units().size());
    }

    /** XLIFF 1.2 is read with StAX straight into the model: a 50 MB file reads too. */
    @Test
    void a50MbXliff12FileReads() throws IOException {
        Path file = dir.resolve("big12.xlf");
        int units = 0;
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
                    + "<file original=\"a.txt\" source-language=\"en\" target-language=\"de\" datatype=\"plaintext\"><body>\n");
            long written = 0;
            while (written < 50 * MB) {
                units++;
                String tu = "<trans-unit id=\"" + units + "\"><source>The ministers met in Brussels on Monday to discuss "
                        + "<g id=\"1\">item " + units + "</g> of the budget.</source><target state=\"translated\">Die Minister "
                        + "trafen sich am Montag in Brüssel, um <g id=\"1\">Punkt " + units + "</g> zu besprechen.</target></trans-unit>\n";
                w.write(tu);
                written += tu.length();
            }
            w.write("</body></file></xliff>\n");
        }
        assertEquals(units, XliffReader.read(file).get(0).units().size());
    }

    static int writeXliff2(Path file, long size) throws IOException {
        int units = 0;
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" "
                    + "version=\"2.1\" srcLang=\"en\" trgLang=\"de\"><file id=\"f1\">\n");
            long written = 0;
            while (written < size) {
                units++;
                String unit = "<unit id=\"u" + units + "\"><segment id=\"s1\" state=\"translated\"><source>The ministers met in "
                        + "Brussels on Monday to discuss <pc id=\"1\">item " + units + "</pc> of the budget.</source><target>Die "
                        + "Minister trafen sich am Montag in Brüssel, um <pc id=\"1\">Punkt " + units + "</pc> zu besprechen."
                        + "</target></segment></unit>\n";
                w.write(unit);
                written += unit.length();
            }
            w.write("</file></xliff>\n");
        }
        return units;
    }
}
