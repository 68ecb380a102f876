package org.glossa.core.tm.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.util.BytesRef;
import org.glossa.core.xliff.Interop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link IndexAnalyzer#wordTerms} gives, for every text it decides, the terms and types of the analyzer's own token
 * stream (StandardTokenizer and WordKeyFilter), in order; and {@link AnalysedField#of} gives the same term bytes and
 * increments whether the text was decided or streamed. Compared text by text on the seeds, every line of the shared
 * interop TMX, XLIFF, PO and text files, a generated memory's sentences and random strings of the characters of
 * U+0000–U+00FF (every ASCII word-break class, Latin-1 letters and signs). The comparisons fail when one rule or one
 * class changes (e.g. {@code :} counted as MidNum, or {@code ·} as Other).
 */
class IndexAnalyzerTest {
    private static final Path SEEDS = Path.of("../seeds");
    private static final String NUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM];
    private static final String ALPHANUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.ALPHANUM];
    private final IndexAnalyzer analyzer = IndexFields.analyzer();
    private int texts;
    private int decided;

    @AfterEach
    void close() {
        analyzer.close();
    }

    /**
     * Each field keeps its own chain on a thread: 3-grams for {@code grams} whichever field the thread analysed first
     * (with Lucene's default reuse the first field's chain served every field: the grams of a 3-gram build were
     * words).
     */
    @Test
    void eachFieldIsAnalysedByItsOwnChainWhicheverCameFirst() {
        List<String> grams = List.of("hel", "ell", "llo", "hello");
        try (Analyzer first = IndexFields.analyzer(); Analyzer second = IndexFields.analyzer()) {
            assertEquals(List.of("hello"), List.copyOf(IndexFields.terms(first, IndexFields.WORDS, "Hello")));
            assertEquals(grams, List.copyOf(IndexFields.terms(first, IndexFields.GRAMS, "Hello")));
            assertEquals(grams, List.copyOf(IndexFields.terms(second, IndexFields.GRAMS, "Hello")));
            assertEquals(List.of("hello"), List.copyOf(IndexFields.terms(second, IndexFields.WORDS, "Hello")));
        }
    }

    @Test
    void seedsAndHandPickedTextsAnalyseAlike() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String text = utf8(f);
                if (text == null) continue;
                for (String line : text.split("\n")) same(line);
            }
        }
        for (String t : new String[] {"", " ", "a", "_", "__", "_a", "a_", "a_b", "1_", "_1_", "a:b", "a:1", "10:30",
                "a.b.c", "a.", ".a", "a..b", "1.5", "1,000.50", "1,,0", "a,b", "a;b", "1;2", "can't", "'tis",
                "rock'n'roll", "e.g.", "U.S.A.", "v2.0", "A-4", "x2y", "2x", "a'1", "1'a", "1'2", "a_:b", "a:_b",
                "__a__b__", "a\"b", "3.14 $ 1,000.50 2023-01-10", "The EU's 27 member states, the U.K. and NATO's H.Q.",
                "a\r\nb", "tab\tsep\u000Bx\u000Cy", "x".repeat(255), "x".repeat(256), "a " + "b".repeat(300) + " c",
                "1".repeat(400), "Price: 3.14 € or 1,000.50", "café au lait", "CAFÉ", "Straße STRASSE", "Ærø Øre",
                "l·l col·lecció", "µm ªb 1º", "2×3 6÷2", "ÿ Ÿ", "naïve façade", "soft\u00adhyphen", "nbsp\u00a0x",
                "¿Qué? ¡Sí!", "§1 ¶2 ©2024 ®", "½ ¼ ¾ ²³¹", "东京 and Tokyo", "emoji 👍🏽 ok", "İstanbul", "Ǆ"}) {
            same(t);
        }
        assertTrue(decided > 50, "texts decided: " + decided);
    }

    @Test
    void interopFilesAnalyseAlike() throws IOException {
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
        assertTrue(decided > 10_000, "lines decided: " + decided + " of " + texts);
        assertTrue(texts - decided > 100, "lines streamed: " + (texts - decided));
    }

    @Test
    void generatedMemoryAnalysesAlike() throws IOException {
        Corpus corpus = new Corpus(17);
        for (int i = 0; i < 20_000; i++) {
            String s = corpus.sentence();
            same(s);
            same(Corpus.german(s));
        }
        assertEquals(40_000, decided);
    }

    @Test
    void randomStringsOfLatin1AnalyseAlike() throws IOException {
        StringBuilder classes = new StringBuilder("aZ09_:,;.'\" -\t\n!/\u00b7\u00e9\u00c9\u00df\u00b5\u00aa\u00d7");
        for (char c = 0x20; c <= 0xff; c++) {
            if (c < 0x7f || c > 0x9f) classes.append(c);
        }
        char[] alphabet = classes.toString().toCharArray();
        Random random = new Random(63);
        for (int i = 0; i < 300_000; i++) {
            char[] t = new char[random.nextInt(14)];
            // half the strings mostly of the rules' characters, half of any character of U+0020-U+00FF
            int bound = i % 2 == 0 ? 23 : alphabet.length;
            for (int j = 0; j < t.length; j++) t[j] = alphabet[random.nextInt(bound)];
            same(new String(t));
        }
        assertTrue(decided > 280_000, "random strings decided: " + decided);
    }

    @Test
    void textsItCannotDecideAreLeftToTheTokenStream() throws IOException {
        for (String t : new String[] {"东京", "soft\u00adhyphen", "x".repeat(256), "emoji 👍", "a\u0301", "İ",
                "words before 东京", "words before a soft\u00adhyphen", "words © later", "a b " + "x".repeat(256),
                "a " + "x.".repeat(128), "12 " + "1,".repeat(128) + "1", "it's İstanbul", "a b c.\u00ad"}) {
            assertFalse(analyzer.wordTerms(IndexFields.WORDS, t, collector(new ArrayList<>())), t);
            same(t); // the field gets the token stream's terms, not those the cut put before it gave the text up
        }
        for (String t : new String[] {"x".repeat(255), "a " + "x.".repeat(127) + "x", "x_".repeat(127) + "x"}) {
            assertTrue(analyzer.wordTerms(IndexFields.WORDS, t, collector(new ArrayList<>())), t);
            same(t);
        }
        assertFalse(analyzer.wordTerms(IndexFields.GRAMS, "plain words", collector(new ArrayList<>())));
        assertTrue(analyzer.wordTerms(IndexFields.TARGET_WORDS, "plain words", collector(new ArrayList<>())));
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
                    .decode(ByteBuffer.wrap(Files.readAllBytes(p))).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private void same(String text) throws IOException {
        texts++;
        List<String> streamed = streamed(text);
        List<String> cut = new ArrayList<>();
        if (analyzer.wordTerms(IndexFields.WORDS, text, collector(cut))) {
            decided++;
            assertEquals(streamed, cut, () -> "terms of \"" + text + "\"");
        }
        assertEquals(streamedBytes(text), replayed(AnalysedField.of(analyzer, IndexFields.WORDS, text,
                org.apache.lucene.document.TextField.TYPE_NOT_STORED)), () -> "term bytes of \"" + text + "\"");
    }

    private static IndexAnalyzer.Terms collector(List<String> out) {
        return new IndexAnalyzer.Terms() {
            @Override
            public void ascii(String text, int start, int end, boolean number) {
                out.add(text.substring(start, end).toLowerCase(java.util.Locale.ROOT) + " " + (number ? NUM : ALPHANUM));
            }

            @Override
            public void chars(String term, boolean number) {
                out.add(term + " " + (number ? NUM : ALPHANUM));
            }
        };
    }

    /** The term and type of each token of the analyzer's token stream. */
    private List<String> streamed(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(IndexFields.WORDS, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                assertEquals(1, inc.getPositionIncrement());
                out.add(term + " " + type.type());
            }
            ts.end();
        }
        return out;
    }

    /** The UTF-8 bytes and increment of each token of the analyzer's token stream, as the writer takes them. */
    private List<String> streamedBytes(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(IndexFields.WORDS, text)) {
            TermToBytesRefAttribute term = ts.getAttribute(TermToBytesRefAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.getBytesRef().toString() + " +" + inc.getPositionIncrement());
            ts.end();
        }
        return out;
    }

    private static List<String> replayed(AnalysedField f) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = f.tokenStream((Analyzer) null, null)) {
            BytesTermAttribute term = ts.getAttribute(BytesTermAttribute.class);
            PositionIncrementAttribute inc = ts.getAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                BytesRef b = term.getBytesRef();
                out.add(b.toString() + " +" + inc.getPositionIncrement());
            }
            ts.end();
        }
        return out;
    }
}
