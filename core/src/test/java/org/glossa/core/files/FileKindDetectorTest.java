package org.glossa.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.glossa.core.InputException;
import org.glossa.core.model.Document;
import org.glossa.core.xliff.XliffReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileKindDetectorTest {
    @TempDir
    Path tmp;

    static final String XLIFF2 = "<xliff xmlns='urn:oasis:names:tc:xliff:document:2.0' version='2.1' srcLang='en' trgLang='de'>"
            + "<file id='f1'><unit id='u1'><segment><source>Hello.</source><target>Hallo.</target></segment></unit></file></xliff>";
    static final String XLIFF12 = "<xliff version='1.2' xmlns='urn:oasis:names:tc:xliff:document:1.2'><file original='a.txt'"
            + " source-language='en' target-language='de' datatype='plaintext'><body><trans-unit id='1'><source>Hello.</source>"
            + "<target>Hallo.</target></trans-unit></body></file></xliff>";

    Path write(String name, String content) throws Exception {
        return Files.writeString(tmp.resolve(name), content);
    }

    @Test
    void anXliffWhoseRootComesAfterA64KiBCommentIsRead() throws Exception {
        String comment = "<!-- " + "x".repeat(70_000) + " -->\n";
        for (String xliff : List.of(XLIFF2, XLIFF12)) {
            Path file = write("long-comment.xlf", "<?xml version='1.0' encoding='UTF-8'?>\n" + comment + xliff);
            List<Document> docs = XliffReader.read(file);
            assertEquals(1, docs.size());
            assertEquals("Hallo.", docs.get(0).units().get(0).segments().get(0).target().orElseThrow().plainText());
        }
    }

    @Test
    void contentDecidesBeforeTheName() throws Exception {
        String prolog = "<?xml version='1.0'?>\n<!-- " + "c".repeat(100_000) + " -->\n<!DOCTYPE x>\n<?pi?>\n";
        assertEquals(Optional.of(FileKind.XLIFF), FileKindDetector.detect(write("a.xml", prolog + XLIFF2)));
        assertEquals(Optional.of(FileKind.XLIFF), FileKindDetector.detect(write("b.tmx", XLIFF12)), "content first");
        assertEquals(Optional.of(FileKind.TMX), FileKindDetector.detect(write("c.xml", "<tmx version='1.4'><header/><body/></tmx>")));
        assertEquals(Optional.of(FileKind.TBX), FileKindDetector.detect(write("d.xml", "<martif type='TBX'/>")));
        assertEquals(Optional.of(FileKind.TBX), FileKindDetector.detect(write("e.xml", "<tbx type='TBX-Basic'/>")));
        assertEquals(Optional.empty(), FileKindDetector.detect(write("f.xml", "<html/>")));
        assertEquals(Optional.of(FileKind.CSV), FileKindDetector.detect(write("g.CSV", "en,de\nHello,Hallo\n")));
        assertEquals(Optional.of(FileKind.TSV), FileKindDetector.detect(write("h.tsv", "en\tde\n")));
        assertEquals(Optional.of(FileKind.TMX), FileKindDetector.detect(write("i.tmx.gz", "\u001f\u008b")), "not XML: by name");
        assertEquals(Optional.of(FileKind.XLIFF), FileKindDetector.detect(tmp.resolve("missing.sdlxliff")), "unreadable: by name");
        assertEquals(Optional.empty(), FileKindDetector.detect(write("j.txt", "Just text.")));
    }

    @Test
    void theVersionOfAnXliffComesFromItsRoot() throws Exception {
        assertTrue(FileKindDetector.xmlRoot(write("a.xlf", XLIFF2)).orElseThrow().isXliff2());
        assertEquals(false, FileKindDetector.xmlRoot(write("b.xlf", XLIFF12)).orElseThrow().isXliff2());
        assertTrue(FileKindDetector.xmlRoot(write("c.xlf", "<xliff version='2.0'/>")).orElseThrow().isXliff2());
        assertEquals(Optional.empty(), FileKindDetector.xmlRoot(write("d.xlf", "not xml")));
    }

    @Test
    void oneExtensionSetPerKind() {
        assertEquals(Optional.of(FileKind.XLIFF), FileKindDetector.byName("A.MQXLIFF"));
        assertEquals(Optional.of(FileKind.XLIFF), FileKindDetector.byName("a.sdlxliff"));
        assertEquals(Optional.of(FileKind.TMX), FileKindDetector.byName("m.tmx.zip"));
        assertEquals(Optional.empty(), FileKindDetector.byName("m.zip"));
        assertEquals(Optional.of(FileKind.TBX), FileKindDetector.byName("g.martif"));
        assertEquals(Optional.empty(), FileKindDetector.byName("article.html"));
        assertTrue(FileKind.XLIFF.hasExtension("x.XLF"));
    }

    @Test
    void notAnXliffStillSaysSoWithItsRoot() throws Exception {
        InputException e = assertThrows(InputException.class, () -> XliffReader.read(write("x.xlf", "<!-- c -->\n<html/>")));
        assertTrue(e.describe().contains("not an XLIFF file (root element <html>)"), e.describe());
    }
}
