package org.glossa.core.mt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.Term;
import org.glossa.core.glossary.TermStatus;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Inline.TagKind;
import org.glossa.core.tm.TmMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MachineTranslatorTest {
    @TempDir
    Path dir;

    /** Upper-cases the text outside the placeholders; records each batch. */
    static final class Shouting implements MtProvider {
        final List<List<String>> batches = new ArrayList<>();
        final List<List<TermHint>> hints = new ArrayList<>();

        @Override
        public String name() {
            return "Shout";
        }

        @Override
        public boolean supports(String source, String target) {
            return true;
        }

        @Override
        public int maxBatch() {
            return 2;
        }

        @Override
        public List<String> translate(List<String> texts, String source, String target, List<TermHint> hints) {
            batches.add(List.copyOf(texts));
            this.hints.add(List.copyOf(hints));
            return texts.stream().map(t -> t.replaceAll("([a-z]+)(?![^<]*>)", "$1").toUpperCase(Locale.ROOT)
                    .replace("<X ID=", "<x id=")).toList();
        }
    }

    private static Content bold(String before, String inside, String after) {
        return new Content(List.of(new Inline.Text(before), new Inline.Tag(TagKind.OPEN, "1", "bold", "<b>"),
                new Inline.Text(inside), new Inline.Tag(TagKind.CLOSE, "1", "bold", "</b>"), new Inline.Text(after)));
    }

    @Test
    void codesAreProtectedAndRestoredAndLostOnesStayOut() {
        Content c = bold("a < b & ", "c", " d");
        assertEquals("a &lt; b &amp; <x id=\"1\"/>c<x id=\"2\"/> d", MtCodes.protect(c));
        Content back = MtCodes.restore("A &lt; B &amp; <x id=\"1\"/>C<x id=\"2\"/> D", c);
        assertEquals(List.of(new Inline.Text("A < B & "), c.tags().get(0), new Inline.Text("C"), c.tags().get(1),
                new Inline.Text(" D")), back.parts());
        Content lost = MtCodes.restore("A C <x id=\"7\"/>D<x id=\"1\"/><x id=\"1\"/>", c);
        assertEquals(List.of(c.tags().get(0)), lost.tags(), "unknown and repeated placeholders dropped, nothing appended");
    }

    @Test
    void batchesCachesAndSendsEachTextOnce() throws Exception {
        Shouting provider = new Shouting();
        MtCache cache = new MtCache(dir.resolve("mt/shout.tsv"));
        MachineTranslator mt = new MachineTranslator(provider, cache, new RateLimit(1000));
        List<Content> in = List.of(Content.of("one"), bold("two ", "three", ""), Content.of("one"), Content.of("four\tfive"));
        List<Content> out = mt.translate(in, "en", "de", List.of());
        assertEquals(List.of("ONE", "TWO THREE", "ONE", "FOUR\tFIVE"), out.stream().map(Content::plainText).toList());
        assertEquals(2, out.get(1).tags().size());
        assertEquals(List.of(List.of("one", "two <x id=\"1\"/>three<x id=\"2\"/>"), List.of("four\tfive")), provider.batches);

        Shouting again = new Shouting();
        MachineTranslator second = new MachineTranslator(again, new MtCache(dir.resolve("mt/shout.tsv")), new RateLimit(1000));
        assertEquals("FOUR\tFIVE", second.translate(List.of(Content.of("four\tfive")), "en", "de", List.of()).get(0).plainText());
        assertEquals(List.of(), again.batches, "the persistent cache answered");
        second.translate(List.of(Content.of("four\tfive")), "en", "fr", List.of());
        assertEquals(1, again.batches.size(), "another language pair is another text");
    }

    @Test
    void eachBatchCarriesTheGlossaryTermsOfItsTextsAndTheCacheKeepsThemApart() throws Exception {
        Glossary g = new Glossary("g", List.of(
                new Concept("1", Optional.empty(), Optional.empty(), false, List.of(new Term("Kyiv", "en"), new Term("Kiew", "de"))),
                new Concept("2", Optional.empty(), Optional.empty(), false, List.of(new Term("joint declaration", "en"),
                        new Term("Gemeinsame Deklaration", "de", TermStatus.DEPRECATED, Optional.empty(), Optional.empty(), false),
                        new Term("gemeinsame Erklärung", "de"))),
                new Concept("3", Optional.empty(), Optional.empty(), true, List.of(new Term("NATO", "en")))));
        MtTerms terms = new MtTerms(List.of(g), "en", "de");
        assertEquals(List.of(new MtProvider.TermHint("joint declaration", "gemeinsame Erklärung"),
                new MtProvider.TermHint("NATO", "NATO"), new MtProvider.TermHint("Kyiv", "Kiew")),
                terms.in(Content.of("The joint declarations of NATO in Kyiv")), "stemmed, forbidden target left out, DNT kept");

        Shouting provider = new Shouting();
        MachineTranslator mt = new MachineTranslator(provider, new MtCache(dir.resolve("t.tsv")), new RateLimit(1000));
        mt.translate(List.of(Content.of("in Kyiv"), Content.of("plain")), "en", "de", MtTerms.NONE);
        mt.translate(List.of(Content.of("in Kyiv"), Content.of("plain"), Content.of("NATO")), "en", "de", terms);
        assertEquals(List.of(List.of("in Kyiv", "plain"), List.of("in Kyiv", "NATO")), provider.batches,
                "the text with a term again (its cached translation had no glossary), the plain one from the cache");
        assertEquals(List.of(List.of(), List.of(new MtProvider.TermHint("Kyiv", "Kiew"), new MtProvider.TermHint("NATO", "NATO"))),
                provider.hints, "a batch carries the terms of its texts");
    }

    @Test
    void suggestionsAreFuzzyMarkedMtAndNeverAbove99() {
        MachineTranslator mt = new MachineTranslator(new Shouting(), new MtCache(dir.resolve("c.tsv")), new RateLimit(1000));
        List<TmMatch> m = new MtSuggestions(mt, "en", "de").lookup(Content.of("hello"), Optional.empty(), 50, 5);
        assertEquals(1, m.size());
        assertTrue(m.get(0).score() <= 99);
        assertEquals("MT: Shout", m.get(0).origin());
        assertTrue(MtSuggestions.isMachineTranslation(m.get(0)));
        assertEquals(List.of(), new MtSuggestions(mt, "en", "de").lookup(Content.of("hello"), Optional.empty(), 100, 5));
    }

    @Test
    void settingsAreOffUnlessConfigured() throws Exception {
        Path file = dir.resolve("mt.properties");
        assertEquals(Optional.empty(), MtSettings.read(file, Map.of()));
        java.nio.file.Files.writeString(file, "provider = libretranslate\nurl = http://localhost:5000\n");
        MtSettings s = MtSettings.read(file, Map.of()).orElseThrow();
        assertEquals("libretranslate", s.provider());
        assertEquals("", s.key());
        MtSettings env = MtSettings.read(file, Map.of("GLOSSA_MT_PROVIDER", "DeepL", "GLOSSA_MT_KEY", "k:fx")).orElseThrow();
        assertEquals("deepl", env.provider());
        assertEquals("k:fx", env.key());
    }
}
