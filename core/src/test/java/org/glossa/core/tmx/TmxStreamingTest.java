package org.glossa.core.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.glossa.core.InputException;
import org.glossa.core.model.Content;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader streams: each unit is handed over while the rest of the file is still unread, and it keeps no
 * collection of units. (A small-heap run over 1,000,000 units is {@link TmxStreamingCheck}, run by hand.)
 */
class TmxStreamingTest {
    @TempDir
    Path dir;

    static Path generate(Path file, int count) throws IOException {
        try (TmxWriter w = TmxWriter.open(file, TmxHeader.glossa("en-US", "plaintext"))) {
            for (int k = 1; k <= count; k++) {
                w.write(TranslationUnit.of("u" + k, List.of(Variant.of("en-US", Content.of("Sentence number " + k + ".")),
                        Variant.of("de-DE", Content.of("Satz Nummer " + k + ".")))));
            }
        }
        return file;
    }

    @Test
    void unitsArriveOneByOneWhileTheParserIsInTheMiddleOfTheFile() throws IOException {
        Path file = generate(dir.resolve("many.tmx"), 20_000);
        long lines;
        try (var s = Files.lines(file)) {
            lines = s.count();
        }
        try (TmxReader r = TmxReader.open(file)) {
            Iterator<TranslationUnit> it = r.iterator();
            int seen = 0;
            while (it.hasNext()) {
                TranslationUnit u = it.next();
                seen++;
                assertEquals(seen, u.position());
                assertEquals("u" + seen, u.tuid());
                // 8 lines per unit, 3 lines before the first: the parser stands just after this unit's </tu>
                // (the parser reads ahead at most its buffer, a few KB, never the whole file)
                if (seen == 100) assertTrue(r.currentLine() < 3 + 8 * 101 + 1, "line " + r.currentLine());
            }
            assertEquals(20_000, seen);
            assertTrue(r.currentLine() >= lines - 1);
        }
    }

    @Test
    void aTruncatedFileDeliversItsUnitsBeforeTheError() throws IOException {
        Path full = generate(dir.resolve("full.tmx"), 1000);
        String text = Files.readString(full, StandardCharsets.UTF_8);
        Path cut = dir.resolve("cut.tmx");
        Files.writeString(cut, text.substring(0, text.indexOf("<tu tuid=\"u501\"") + 20), StandardCharsets.UTF_8);
        int[] seen = {0};
        InputException e = assertThrows(InputException.class, () -> TmxReader.read(cut, u -> seen[0]++));
        assertEquals(500, seen[0]);
        assertTrue(e.location().isPresent(), e.describe());
    }

    @Test
    void theReaderHoldsNoCollectionOfUnits() {
        for (Class<?> c : List.of(TmxReader.class, TmxReader.class.getDeclaredClasses()[0])) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) continue;
                Class<?> type = f.getType();
                assertTrue(!Collection.class.isAssignableFrom(type) && !Map.class.isAssignableFrom(type) && !type.isArray(),
                        c.getSimpleName() + "." + f.getName() + " is a " + type.getSimpleName());
            }
        }
    }

    @Test
    void theStreamIsLazyAndClosesTheReader() throws IOException {
        Path file = generate(dir.resolve("s.tmx"), 1000);
        try (TmxReader r = TmxReader.open(file); var units = r.units()) {
            assertEquals("u3", units.skip(2).findFirst().orElseThrow().tuid());
            assertTrue(r.currentLine() < 100, "line " + r.currentLine());
        }
    }

    /**
     * One seg builder serves every seg (decision 0063): a long seg, one with inline codes, plain ones before and after,
     * an empty one, entities and CDATA each come out as their own content, nothing carried from the seg before.
     */
    @Test
    void eachSegIsReadAloneWhateverCameBefore() throws IOException {
        String longText = "word ".repeat(14_000).strip(); // 69,999 characters: the builder is replaced after it
        String[] segs = {"first plain", longText, "after the long one", "a <ph x=\"1\">{1}</ph> code", "",
                "&lt;b&gt; &amp; <![CDATA[<cdata>]]> ok", "Stra\u00dfe \u4e1c\u4eac", "last"};
        StringBuilder tmx = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">"
                + "<header srclang=\"en\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" o-tmf=\"x\""
                + " creationtool=\"t\" creationtoolversion=\"1\"/><body>\n");
        for (int i = 0; i < segs.length; i++) {
            tmx.append("<tu tuid=\"u").append(i).append("\"><tuv xml:lang=\"en\"><seg>").append(segs[i])
                    .append("</seg></tuv></tu>\n");
        }
        tmx.append("</body></tmx>\n");
        Path file = dir.resolve("segs.tmx");
        Files.writeString(file, tmx, StandardCharsets.UTF_8);
        List<Content> read = new java.util.ArrayList<>();
        TmxReader.read(file, tu -> read.add(tu.variants().get(0).content()));
        assertEquals(segs.length, read.size());
        assertEquals(Content.of("first plain"), read.get(0));
        assertEquals(Content.of(longText), read.get(1));
        assertEquals(Content.of("after the long one"), read.get(2));
        assertEquals("a  code", read.get(3).plainText());
        assertTrue(read.get(3).hasTags());
        assertEquals(Content.EMPTY, read.get(4));
        assertEquals(Content.of("<b> & <cdata> ok"), read.get(5));
        assertEquals(Content.of("Stra\u00dfe \u4e1c\u4eac"), read.get(6));
        assertEquals(Content.of("last"), read.get(7));
    }
}
