package org.glossa.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.glossa.core.InputException;
import org.glossa.core.model.Format;
import org.junit.jupiter.api.Test;

/** The fast path (name and signature agree) and Tika's registry (everything else) give the expected formats. */
class FormatDetectorTest {
    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void obviousCases() {
        assertEquals(Format.TEXT, FormatDetector.detect(bytes("Hello.\n"), "a.txt"));
        assertEquals(Format.MARKDOWN, FormatDetector.detect(bytes("# Title\n"), "a.md"));
        assertEquals(Format.HTML, FormatDetector.detect(bytes("<p>x</p>"), "a.htm"));
        assertEquals(Format.PDF, FormatDetector.detect(bytes("%PDF-1.7\n..."), "scan.bin"), "the signature wins over the name");
        assertEquals(Format.DOCX, FormatDetector.detect(Docx.zip(Map.of("word/document.xml", "<w:document/>")), "a.docx"));
    }

    @Test
    void byContentThroughTika() {
        assertEquals(Format.HTML, FormatDetector.detect(bytes("<!DOCTYPE html><html><body><p>x</p></body></html>"), "page"));
        assertEquals(Format.TEXT, FormatDetector.detect(bytes("Just some words.\n"), "notes"));
        InputException zip = assertThrows(InputException.class,
                () -> FormatDetector.detect(Docx.zip(Map.of("a.txt", "x")), "archive.zip"));
        assertTrue(zip.getMessage().contains("unsupported format application/zip"), zip.getMessage());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        InputException e = assertThrows(InputException.class, () -> FormatDetector.detect(png, "photo.txt"));
        assertTrue(e.getMessage().contains("image/png"), "a NUL byte sends a .txt to Tika, which sees the PNG: " + e.getMessage());
    }
}
