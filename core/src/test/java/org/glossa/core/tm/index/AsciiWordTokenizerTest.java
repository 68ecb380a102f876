package org.glossa.core.tm.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.glossa.core.xliff.Interop;
import org.junit.jupiter.api.Test;

/**
 * {@link AsciiWordTokenizer} gives StandardTokenizer's tokens, types, offsets, position increments and final offset,
 * compared text by text: the seed article, every line of the shared interop TMX, XLIFF, PO and text files, a
 * generated memory's sentences, and random strings of the characters its rules treat apart. One tokenizer of each
 * kind is reused throughout, as an analyzer reuses them.
 */
class AsciiWordTokenizerTest {
    private static final Path SEEDS = Path.of("../seeds");
    private final Tokenizer standard = new StandardTokenizer();
    private final Tokenizer ascii = new AsciiWordTokenizer();
    private int texts;
    private int asciiTexts;

    @Test
    void seedsAndHandPickedTextsTokenizeAlike() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) same(line);
            }
        }
        for (String t : new String[] {"", " ", "a", "_", "__", "_a", "a_", "a_b", "1_", "_1_", "a:b", "a:1", "10:30",
                "a.b.c", "a.", ".a", "a..b", "1.5", "1,000.50", "1,,0", "a,b", "a;b", "1;2", "can't", "'tis",
                "rock'n'roll", "e.g.", "U.S.A.", "v2.0", "A-4", "x2y", "2x", "a'1", "1'a", "1'2", "a_:b",
                "a:_b", "__a__b__", "a\"b",
                "3.14 $ 1,000.50 2023-01-10", "The EU's 27 member states, the U.K. and NATO's H.Q.",
                "a\r\nb", "tab\tsep\u000Bx\u000Cy", "x".repeat(255), "x".repeat(256), "a " + "b".repeat(300) + " c",
                "1".repeat(400), "Price: 3.14 € or 1,000.50", "café au lait", "東京 and Tokyo", "emoji 👍🏽 ok"}) {
            same(t);
        }
        assertTrue(asciiTexts > 50, "ASCII texts compared: " + asciiTexts);
    }

    @Test
    void interopFilesTokenizeAlike() throws IOException {
        Path root = Interop.require("okapi");
        List<Path> files;
        try (Stream<Path> all = Files.walk(root.getParent())) {
            files = all.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(tmx|xlf|xliff|po|txt)$"))
                    .filter(p -> size(p) < 2_000_000).sorted().toList();
        }
        assertTrue(files.size() > 100, "interop files: " + files.size());
        for (Path f : files) {
            String text = utf8(f);
            if (text == null) continue;
            for (String line : text.split("\n")) same(line);
        }
        assertTrue(asciiTexts > 10_000, "ASCII lines compared: " + asciiTexts + " of " + texts);
        assertTrue(texts - asciiTexts > 1_000, "other lines compared: " + (texts - asciiTexts));
    }

    @Test
    void generatedMemoryTokenizesAlike() throws IOException {
        Corpus corpus = new Corpus(17);
        for (int i = 0; i < 20_000; i++) same(corpus.sentence());
        assertEquals(20_000, asciiTexts);
    }

    @Test
    void randomStringsOfTheRulesCharactersTokenizeAlike() throws IOException {
        char[] alphabet = "aZ09_:,;.'\" -\t\n!/".toCharArray();
        Random random = new Random(47);
        for (int i = 0; i < 300_000; i++) {
            char[] t = new char[random.nextInt(14)];
            for (int j = 0; j < t.length; j++) t[j] = alphabet[random.nextInt(alphabet.length)];
            same(new String(t));
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as UTF-8, or null when it is not (some interop files are UTF-16 or Latin-1). */
    private static String utf8(Path p) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(p))).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private void same(String text) throws IOException {
        texts++;
        if (text.chars().allMatch(c -> c < 0x80)) asciiTexts++;
        assertEquals(tokens(standard, text), tokens(ascii, text), () -> "tokens of \"" + text + "\"");
    }

    private static List<String> tokens(Tokenizer tokenizer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        tokenizer.setReader(new StringReader(text));
        CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute inc = tokenizer.addAttribute(PositionIncrementAttribute.class);
        TypeAttribute type = tokenizer.addAttribute(TypeAttribute.class);
        tokenizer.reset();
        while (tokenizer.incrementToken()) {
            out.add(term + " " + type.type() + " " + offset.startOffset() + "-" + offset.endOffset() + " +"
                    + inc.getPositionIncrement());
        }
        tokenizer.end();
        out.add("end " + offset.startOffset() + "-" + offset.endOffset() + " +" + inc.getPositionIncrement());
        tokenizer.close();
        return out;
    }
}
