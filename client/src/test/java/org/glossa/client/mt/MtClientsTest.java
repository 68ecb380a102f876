package org.glossa.client.mt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.glossa.client.ClientException;
import java.util.Map;
import java.util.Optional;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.Term;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Inline.TagKind;
import org.glossa.core.mt.MachineTranslator;
import org.glossa.core.mt.MtCache;
import org.glossa.core.mt.MtProvider;
import org.glossa.core.mt.MtSettings;
import org.glossa.core.mt.MtTerms;
import org.glossa.core.mt.RateLimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DeepL and LibreTranslate clients against a local fake server answering like the real APIs. */
class MtClientsTest {
    @TempDir
    Path dir;

    private static final Content BOLD = new Content(List.of(new Inline.Text("The "),
            new Inline.Tag(TagKind.OPEN, "1", "bold", "<b>"), new Inline.Text("joint declaration"),
            new Inline.Tag(TagKind.CLOSE, "1", "bold", "</b>"), new Inline.Text(" was signed.")));

    private MachineTranslator translator(MtProvider p) {
        return new MachineTranslator(p, new MtCache(dir.resolve("cache.tsv")), new RateLimit(100));
    }

    @Test
    void deeplTranslatesABatchKeepingTheCodes() throws Exception {
        try (FakeMtServer server = new FakeMtServer()) {
            MtProvider deepl = MtClients.provider(new MtSettings("deepl", server.url(), FakeMtServer.KEY, 5));
            assertTrue(deepl.supports("en", "de-AT"));
            List<Content> out = translator(deepl).translate(List.of(BOLD, Content.of("NATO was signed.")), "en", "de",
                    List.of(new MtProvider.TermHint("joint declaration", "gemeinsame Erklärung")));
            assertEquals("Die gemeinsame Erklärung wurde unterzeichnet.", out.get(0).plainText());
            assertEquals(BOLD.tags(), out.get(0).tags());
            assertEquals(new Inline.Text("gemeinsame Erklärung"), out.get(0).parts().get(2), "the bold words inside the pair");
            assertEquals("NATO wurde unterzeichnet.", out.get(1).plainText());
            assertEquals(1, server.requests.stream().filter(q -> q.path().equals("/v2/translate")).count(), "one request for the batch");
            FakeMtServer.Request r = server.requests.stream().filter(q -> q.path().equals("/v2/translate")).findFirst().orElseThrow();
            assertEquals("DeepL-Auth-Key " + FakeMtServer.KEY, r.authorization());
            assertEquals("EN", r.body().get("source_lang").asText());
            assertEquals("DE", r.body().get("target_lang").asText());
            assertEquals("xml", r.body().get("tag_handling").asText());
            assertEquals("The <x id=\"1\"/>joint declaration<x id=\"2\"/> was signed.", r.body().get("text").get(0).asText());
            assertFalse(r.body().has("context"), "the hints go as a glossary, not as context");
            assertEquals(1, server.glossaries.size());
            assertEquals(r.body().get("glossary_id").asText(), server.glossaries.keySet().iterator().next());
            assertEquals("EN-GB", DeeplClient.targetCode("en-GB"));
            assertEquals("EN-US", DeeplClient.targetCode("en"));
        }
    }

    private static final Content KYIV = Content.of("The declaration was signed in Kyiv.");
    private static final MtTerms TERMS = new MtTerms(List.of(new Glossary("places", List.of(
            new Concept("c1", Optional.empty(), Optional.empty(), false,
                    List.of(new Term("Kyiv", "en"), new Term("Kiew", "de"))),
            new Concept("c2", Optional.empty(), Optional.empty(), false,
                    List.of(new Term("joint declaration", "en"), new Term("Gemeinsame Erklärung", "de")))))), "en", "de");

    private static long count(FakeMtServer server, String path) {
        return server.requests.stream().filter(q -> q.path().equals(path)).count();
    }

    @Test
    void deeplTranslatesWithAGlossaryOfTheSegmentsTermsReusedWhileTheyStayTheSame() throws Exception {
        try (FakeMtServer server = new FakeMtServer()) {
            MachineTranslator mt = translator(MtClients.provider(new MtSettings("deepl", server.url(), FakeMtServer.KEY, 5)));
            assertEquals("Die Erklärung wurde unterzeichnet in Kyiv.",
                    mt.translate(List.of(KYIV), "en", "de", MtTerms.NONE).get(0).plainText(), "without the glossary");
            assertEquals(0, count(server, "POST /v2/glossaries"));

            assertEquals("Die Erklärung wurde unterzeichnet in Kiew.",
                    mt.translate(List.of(KYIV), "en", "de", TERMS).get(0).plainText(), "the glossary's term, not the cache's");
            FakeMtServer.Glossary g = server.glossaries.values().iterator().next();
            assertEquals(Map.of("Kyiv", "Kiew"), g.entries(), "only the segment's terms");
            assertEquals("en", g.sourceLang());
            assertEquals("de", g.targetLang());
            FakeMtServer.Request last = server.requests.get(server.requests.size() - 1);
            assertEquals(g.id(), last.body().get("glossary_id").asText());
            assertEquals("EN", last.body().get("source_lang").asText());

            mt.translate(List.of(Content.of("Kyiv was signed.")), "en", "de", TERMS);
            assertEquals(1, count(server, "POST /v2/glossaries"), "the same term set: the glossary is reused");

            List<Content> out = mt.translate(List.of(Content.of("The joint declaration was signed in Kyiv.")), "en", "de", TERMS);
            assertEquals("Die Gemeinsame Erklärung wurde unterzeichnet in Kiew.", out.get(0).plainText());
            assertEquals(2, count(server, "POST /v2/glossaries"), "a new term: a glossary of the grown set");
            assertEquals(1, server.glossaries.size(), "the one it replaces is deleted");
            assertEquals(Map.of("Kyiv", "Kiew", "joint declaration", "Gemeinsame Erklärung"),
                    server.glossaries.values().iterator().next().entries());

            server.glossaries.clear();
            assertEquals("Die Erklärung of Kiew", mt.translate(List.of(Content.of("The declaration of Kyiv")), "en", "de", TERMS)
                    .get(0).plainText(), "a glossary deleted elsewhere is made again");
            assertEquals(1, server.glossaries.size());
        }
    }

    @Test
    void aNewClientFindsTheGlossaryOfTheSameTermsByItsName() throws Exception {
        try (FakeMtServer server = new FakeMtServer()) {
            List<MtProvider.TermHint> hints = List.of(new MtProvider.TermHint("Kyiv", "Kiew"));
            MtClients.provider(new MtSettings("deepl", server.url(), FakeMtServer.KEY, 5))
                    .translate(List.of("in Kyiv"), "en", "de-DE", hints);
            List<String> out = MtClients.provider(new MtSettings("deepl", server.url(), FakeMtServer.KEY, 5))
                    .translate(List.of("Kyiv"), "en", "de-DE", hints);
            assertEquals(List.of("Kiew"), out);
            assertEquals(1, count(server, "POST /v2/glossaries"), "found with GET /v2/glossaries, not made twice");
        }
    }

    @Test
    void libreTranslateGetsTheTermsAsPlaceholdersAndTheTargetTermsBack() throws Exception {
        try (FakeMtServer server = new FakeMtServer()) {
            MachineTranslator mt = translator(MtClients.provider(new MtSettings("libretranslate", server.url(), "", 5)));
            Content bold = new Content(List.of(new Inline.Text("The "), new Inline.Tag(TagKind.OPEN, "1", "bold", "<b>"),
                    new Inline.Text("joint declaration"), new Inline.Tag(TagKind.CLOSE, "1", "bold", "</b>"),
                    new Inline.Text(" was signed in KYIV & Kyiv.")));
            List<Content> out = mt.translate(List.of(bold), "en", "de", TERMS);
            assertEquals("Die Gemeinsame Erklärung wurde unterzeichnet in Kiew & Kiew.", out.get(0).plainText());
            assertEquals(bold.tags(), out.get(0).tags());
            assertEquals("The <x id=\"1\"/><x id=\"g1\"/><x id=\"2\"/> was signed in <x id=\"g2\"/> &amp; <x id=\"g2\"/>.",
                    server.requests.get(server.requests.size() - 1).body().get("q").get(0).asText());
        }
    }

    @Test
    void termPlaceholdersComeBackFromTheFormAHtmlParserWrites() {
        List<MtProvider.TermHint> hints = List.of(new MtProvider.TermHint("European Commission", "Europäische Kommission"),
                new MtProvider.TermHint("Commission", "Kommission"), new MtProvider.TermHint("R&D", "F&E"));
        assertEquals("the <x id=\"g1\"/> and its <x id=\"g2\"/>, <x id=\"g3\"/>; Commissioner",
                TermPlaceholders.protect("the European Commission and its commission, R&amp;D; Commissioner", hints));
        assertEquals("die Europäische Kommission, F&amp;E", TermPlaceholders.restore("die <x id=\"g1\"></x>, <x id=\"g3\"/>", hints));
    }

    @Test
    void deeplRefusingTheKeyIsAClearError() throws Exception {
        try (FakeMtServer server = new FakeMtServer()) {
            MtProvider deepl = MtClients.provider(new MtSettings("deepl", server.url(), "wrong", 5));
            ClientException e = assertThrows(ClientException.class,
                    () -> deepl.translate(List.of("The declaration"), "en", "de", List.of()));
            assertEquals(403, e.status());
            assertTrue(e.getMessage().contains("the key was refused"), e.getMessage());
            assertEquals(server.url() + "/v2/translate", e.file());
        }
    }

    @Test
    void libreTranslateWithItsLanguagePairs() throws Exception {
        try (FakeMtServer server = new FakeMtServer()) {
            MtProvider libre = MtClients.provider(new MtSettings("libretranslate", server.url(), "", 5));
            assertTrue(libre.supports("en-US", "de"));
            assertFalse(libre.supports("de", "fr"));
            List<Content> out = translator(libre).translate(List.of(BOLD), "en", "de-DE", List.of());
            assertEquals("Die gemeinsame Erklärung wurde unterzeichnet.", out.get(0).plainText());
            assertEquals(BOLD.tags(), out.get(0).tags());
            FakeMtServer.Request r = server.requests.get(0);
            assertEquals("/translate", r.path());
            assertEquals("html", r.body().get("format").asText());
            assertEquals("de", r.body().get("target").asText());
            assertFalse(r.body().has("api_key"), "no key configured, none sent");
        }
    }

    @Test
    void anUnreachableServerIsNamed() {
        MtProvider libre = MtClients.provider(new MtSettings("libretranslate", "http://127.0.0.1:9", "", 5));
        ClientException e = assertThrows(ClientException.class, () -> libre.translate(List.of("x"), "en", "de", List.of()));
        assertTrue(e.getMessage().contains("not reachable"), e.getMessage());
    }
}
