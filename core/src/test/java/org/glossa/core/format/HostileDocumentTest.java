package org.glossa.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.glossa.core.InputException;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.extract.Extractor;
import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Broken and hostile documents given to the extractor: binary data, wrong and mixed encodings, empty files, one
 * huge line, zip bombs and truncated DOCX. Each is read or refused with an {@link InputException} naming the file;
 * nothing else escapes. Complements {@link BadInputTest}, which checks the messages of the common cases.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileDocumentTest {
    private static final String[] NAMES = {"a.txt", "a.html", "a.md", "a.docx", "a.pdf"};

    @TempDir
    Path dir;

    private static Document extract(byte[] bytes, String name) {
        return RoundTrip.extract(bytes, name);
    }

    /** Reads or refuses cleanly: an {@link InputException} naming the file, with a short message. */
    private static void readOrRefused(byte[] bytes, String name) {
        try {
            extract(bytes, name);
        } catch (InputException e) {
            assertEquals(name, e.file(), e.describe());
            assertTrue(e.describe().length() < 400, e.describe());
        }
    }

    private static String text(Document doc) {
        return doc.units().stream().flatMap(u -> u.parts().stream()).map(p -> p.source().plainText())
                .collect(Collectors.joining(""));
    }

    // binary given as text ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"a.txt", "a.html", "a.md", "a.docx", "a.pdf", "a.xml", "noextension"})
    void randomBytesUnderAnyName(String name) {
        Random random = new Random(7);
        for (int size : new int[] {1, 3, 100, 5000, 100_000}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            readOrRefused(bytes, name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.txt", "a.html", "a.md", "a.docx", "a.pdf"})
    void nulBytesAreRefused(String name) {
        InputException e = assertThrows(InputException.class, () -> extract(new byte[10_000], name));
        assertEquals(name, e.file(), e.describe());
        byte[] textWithNul = "Hello\0world. A text with a NUL byte in it.\n".getBytes(StandardCharsets.US_ASCII);
        InputException nul = assertThrows(InputException.class, () -> extract(textWithNul, "nul.txt"));
        assertTrue(nul.getMessage().contains("binary"), nul.describe());
    }

    // encodings --------------------------------------------------------------------------------------------------

    @Test
    void utf8WithAStrayWindows1252Byte() {
        byte[] utf8 = "Der “Bundestag” tagt in Köln. Café\n".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "Gr\u00fc\u00dfe 1252\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        byte[] mixed = Arrays.copyOf(utf8, utf8.length + tail.length);
        System.arraycopy(tail, 0, mixed, utf8.length, tail.length);
        // not valid UTF-8: ICU's detector guesses a single-byte encoding (here windows-1254) in which some bytes
        // are undefined, so decoding refuses the file, naming the guessed encoding
        InputException e = assertThrows(InputException.class, () -> extract(mixed, "mixed.txt"));
        assertEquals("mixed.txt", e.file());
        assertTrue(e.getMessage().startsWith("bytes that are not valid "), e.describe());
        readOrRefused(mixed, "mixed.md");
        readOrRefused(mixed, "mixed.html");
    }

    @Test
    void utf16WithoutBom() {
        String original = "The summit opened in Brussels. Leaders met on Monday.\n";
        for (var cs : new java.nio.charset.Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            assertEquals(original.strip(), text(extract(original.getBytes(cs), "u16.txt")).strip(), cs.name());
        }
    }

    @Test
    void truncatedUtf8AndLoneSurrogateBytes() {
        byte[] cut = Arrays.copyOf("Grüße aus Köln\n".getBytes(StandardCharsets.UTF_8), 3); // "Gr" + half of "ü"
        readOrRefused(cut, "cut.txt");
        byte[] surrogate = {'a', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80, ' ', 'b', '\n'}; // CESU-8 lone surrogate
        readOrRefused(surrogate, "surrogate.txt");
        readOrRefused(surrogate, "surrogate.md");
    }

    @Test
    void emptyFilesUnderEveryName() {
        for (String name : NAMES) {
            InputException e = assertThrows(InputException.class, () -> extract(new byte[0], name), name);
            assertEquals(name + ": empty file", e.describe());
        }
    }

    @Test
    void whitespaceOnlyFilesHaveNoUnits() {
        assertEquals(0, extract(" \n\n\t \n".getBytes(StandardCharsets.UTF_8), "blank.txt").units().size());
    }

    // one huge line ----------------------------------------------------------------------------------------------

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aSingle50MbLineOfSentences() throws IOException {
        String sentence = "The ministers met in Brussels on Monday to discuss the budget. ";
        Path file = dir.resolve("long.txt");
        writeRepeated(file, sentence, 50L * 1024 * 1024);
        Document doc = new Extractor(new ExtractOptions("en", "de")).extract(file);
        assertEquals(1, doc.units().size());
        long segments = doc.units().get(0).parts().stream().filter(p -> p instanceof Segment).count();
        assertTrue(segments > 100_000, "segments: " + segments);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aSingle50MbLineWithoutSentenceEnds() throws IOException {
        Path file = dir.resolve("words.txt");
        writeRepeated(file, "word ", 50L * 1024 * 1024);
        Document doc = new Extractor(new ExtractOptions("en", "de")).extract(file);
        assertEquals(1, doc.units().size());
    }

    private static void writeRepeated(Path file, String piece, long bytes) throws IOException {
        byte[] chunk = piece.repeat((int) (1024 * 1024 / piece.length())).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long n = 0; n < bytes; n += chunk.length) out.write(chunk);
        }
    }

    // zip bombs and truncated DOCX -------------------------------------------------------------------------------

    /** A DOCX whose word/document.xml inflates to {@code size} bytes (one run of a single letter). */
    static byte[] docxBomb(long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] valid = new Docx().text(null, "x").bytes();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
             var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(valid))) {
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (!e.getName().equals("word/document.xml")) {
                    in.transferTo(zip);
                    continue;
                }
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                        + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
                byte[] a = new byte[1 << 20];
                Arrays.fill(a, (byte) 'a');
                for (long n = 0; n < size; n += a.length) zip.write(a);
                zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void docxZipBombIsRefusedBeforeOkapiInflatesIt() throws IOException {
        byte[] bomb = docxBomb(1100L * 1024 * 1024); // > 1 GB of XML in about 1 MB
        assertTrue(bomb.length < 10 * 1024 * 1024, "compressed: " + bomb.length);
        InputException e = assertThrows(InputException.class, () -> extract(bomb, "bomb.docx"));
        assertEquals("bomb.docx", e.file());
        assertTrue(e.getMessage().contains("zip bomb"), e.describe());
        assertTrue(e.getMessage().contains("word/document.xml"), e.describe());
    }

    @Test
    void aLegitimateVeryRepetitiveDocxIsNotABomb() {
        // a real-world shape: 20 MB of document.xml, the same row again and again, compressing ~250 times
        Docx docx = new Docx();
        String row = "Bundesministerium der Finanzen | Haushaltstitel 0815 | Betrag in Euro | geprüft";
        while (docx.length() < 20 * 1024 * 1024) docx.text(null, row);
        byte[] bytes = docx.bytes();
        long ratio = docx.length() / bytes.length;
        assertTrue(ratio > ZipGuard.MAX_RATIO, "more repetitive than the ratio limit: " + ratio);
        ZipGuard.check(bytes, "report.docx", "bad: "); // accepted: below the size from which the ratio counts
        // the same package judged by ratio from the first megabyte, as before, is refused: the test can fail
        InputException e = assertThrows(InputException.class, () -> ZipGuard.check(bytes, "report.docx", "bad: ",
                ZipGuard.MAX_UNCOMPRESSED, ZipGuard.MAX_RATIO, 1024 * 1024));
        assertTrue(e.getMessage().contains("zip bomb"), e.describe());
    }

    @Test
    void aBombIsRefusedOnceItPassesTheSizeFromWhichTheRatioCounts() throws IOException {
        byte[] bomb = docxBomb(ZipGuard.RATIO_FROM + 8 * 1024 * 1024);
        InputException e = assertThrows(InputException.class, () -> ZipGuard.check(bomb, "bomb.docx", "bad: "));
        assertTrue(e.getMessage().contains("word/document.xml inflates more than 200 times"), e.describe());
    }

    @Test
    void zipGuardLimitsTheTotalSize() throws IOException {
        byte[] docx = new Docx().text(null, "A paragraph of ordinary text.").bytes();
        ZipGuard.check(docx, "ok.docx", "bad: "); // an ordinary file passes
        InputException e = assertThrows(InputException.class, () -> ZipGuard.check(docx, "ok.docx", "bad: ", 100, 200));
        assertTrue(e.getMessage().contains("more than 100 bytes"), e.describe());
    }

    @Test
    void truncatedDocxAtEveryTenthAndNearTheEnd() {
        byte[] docx = DocxRoundTripTest.article();
        for (int k = 1; k <= 10; k++) {
            int length = k == 10 ? docx.length - 1 : docx.length * k / 10;
            byte[] cut = Arrays.copyOf(docx, length);
            InputException e = assertThrows(InputException.class, () -> extract(cut, "cut.docx"), "length " + length);
            assertEquals("cut.docx", e.file());
            assertFalse(e.describe().contains("Exception"), e.describe());
        }
    }

    @Test
    void docxWithCorruptedBytes() {
        byte[] docx = DocxRoundTripTest.article();
        Random random = new Random(11);
        for (int k = 0; k < 20; k++) {
            byte[] bad = docx.clone();
            for (int flips = 0; flips < 5; flips++) bad[4 + random.nextInt(bad.length - 4)] ^= (byte) (1 << random.nextInt(8));
            readOrRefused(bad, "flipped.docx");
        }
    }
}
