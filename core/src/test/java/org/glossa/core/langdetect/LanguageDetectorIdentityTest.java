package org.glossa.core.langdetect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The detector's answers are Tika's {@code OpenNLPDetector}'s, language for language and score for score (as floats,
 * what Tika's results carry; the doubles behind them come from the same sums in the same order), on texts in every
 * language ICU names things in, on texts long enough to be cut into chunks and to let the probing stop early, and on
 * the edge cases of Tika's normalisation and n-gramming.
 */
class LanguageDetectorIdentityTest {
    private static NgramLanguageDetector detector;
    /** The same model read from OpenNLP's file instead of the cache. */
    private static NgramLanguageDetector uncached;
    private static OpenNLPDetector tika;

    @BeforeAll
    static void load(@TempDir Path cache) throws IOException {
        uncached = new NgramLanguageDetector(LanguageModel.tikas(cache)); // read from Tika's jar, then cached
        try (Stream<Path> files = Files.list(cache)) {
            assertEquals(1, files.filter(f -> f.toString().endsWith(".model")).count(), "the cache file");
        }
        detector = new NgramLanguageDetector(LanguageModel.tikas(cache));
        tika = new OpenNLPDetector();
    }

    private static void assertSame(String text) {
        assertSame(text, detector);
    }

    private static void assertSame(String text, NgramLanguageDetector detector) {
        List<LanguageResult> expected = tika.detectAll(text);
        List<LanguageScore> actual = detector.detect(text);
        assertEquals(expected.size(), actual.size(), text);
        for (int i = 0; i < expected.size(); i++) {
            LanguageResult e = expected.get(i);
            LanguageScore a = actual.get(i);
            int rank = i;
            assertEquals(e.getLanguage(), a.language(), () -> "rank " + rank + " of: " + text);
            assertEquals(Float.floatToIntBits(e.getRawScore()), Float.floatToIntBits(a.score()),
                    () -> "rank " + rank + " (" + a.language() + ") of: " + text);
        }
    }

    /** Locale names (languages, scripts, countries) in each language ICU has: a text per language. */
    private static List<String> icuTexts() {
        List<String> texts = new ArrayList<>();
        ULocale[] all = ULocale.getAvailableLocales();
        Set<String> languages = new HashSet<>();
        for (ULocale locale : all) {
            if (!languages.add(locale.getLanguage())) continue;
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < all.length && text.length() < 3000; i += 7) {
                text.append(all[i].getDisplayName(locale)).append(i % 3 == 0 ? ". " : ", ");
            }
            texts.add(text.toString());
        }
        return texts;
    }

    @Test
    void everyLanguageIcuNamesThingsIn() {
        List<String> texts = icuTexts();
        Set<String> best = new HashSet<>();
        Random random = new Random(17);
        for (String text : texts) {
            assertSame(text);
            // sentence-sized pieces: the lengths QA gives it, below and across the probes
            for (int k = 0; k < 4; k++) {
                int from = random.nextInt(Math.max(1, text.length() - 40));
                String piece = text.substring(from, Math.min(text.length(), from + 20 + random.nextInt(400)));
                assertSame(piece);
            }
            best.add(detector.detect(text).get(0).language());
        }
        assertTrue(texts.size() > 150, "ICU languages: " + texts.size());
        assertTrue(best.size() > 60, "best languages seen: " + best);
    }

    @Test
    void seedArticlesSentenceBySentence() throws IOException {
        List<String> lines;
        try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
            lines = files.filter(Files::isRegularFile).flatMap(f -> {
                try {
                    return Files.readAllLines(f, StandardCharsets.UTF_8).stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).filter(line -> !line.isBlank()).toList();
        }
        assertTrue(lines.size() > 10, "seed lines: " + lines.size());
        StringBuilder all = new StringBuilder();
        for (String line : lines) {
            assertSame(line);
            all.append(line).append('\n');
        }
        assertSame(all.toString()); // many chunks, stops early
    }

    @Test
    void edgesOfNormalisationAndNgrams() {
        String[] texts = {"", " ", "a", "A", "ab", "ABC", "ABCD", "ABCDEFGH IJKL", "Ärger über ÖSTERREICH",
            "x".repeat(299), "Y".repeat(300) + "Z", "hahaha jajaja :-) RT @glossa #tag",
            "write to jane.doe@example.org or see https://example.org/a?b=c&d=e today, please",
            "1234 5678 9.5 million", "emoji 😀😀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 letters 𠀀𠀁 and more", "Straße STRASSE ǅ ǈ İstanbul",
            "中文的句子没有空格但是有很多字符", "Ελληνικά κείμενα με τόνους", "Русский текст с заглавными БУКВАМИ",
            "aaaa bbbb cccc dddd eeee ffff", "Die Europäische Union und die NATO haben am Dienstag eine Erklärung unterzeichnet. ".repeat(150)};
        for (String text : texts) {
            assertSame(text);
            assertSame(text, uncached);
        }
    }

    @Test
    void aDamagedCacheIsWrittenAgain(@TempDir Path cache) throws IOException {
        LanguageModel.tikas(cache);
        Path file;
        try (Stream<Path> files = Files.list(cache)) {
            file = files.filter(f -> f.toString().endsWith(".model")).findFirst().orElseThrow();
        }
        long size = Files.size(file);
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(size / 2);
        }
        String text = "Die Europäische Union und die NATO haben am Dienstag eine Erklärung unterzeichnet.";
        assertSame(text, new NgramLanguageDetector(LanguageModel.tikas(cache)));
        assertEquals(size, Files.size(file));
    }

    @Test
    void knowsWhatTikaKnows() {
        for (String language : tika.getSupportedLanguages()) assertTrue(detector.model().knows(language), language);
        assertEquals(tika.hasModel("nor"), detector.model().knows("nor"));
    }
}
