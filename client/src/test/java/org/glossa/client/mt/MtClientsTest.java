package org.glossa.client.mt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.glossa.client.ClientException;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Inline.TagKind;
import org.glossa.core.mt.MachineTranslator;
import org.glossa.core.mt.MtCache;
import org.glossa.core.mt.MtProvider;
import org.glossa.core.mt.MtSettings;
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
            assertEquals(1, server.requests.size(), "one request for the batch");
            FakeMtServer.Request r = server.requests.get(0);
            assertEquals("/v2/translate", r.path());
            assertEquals("DeepL-Auth-Key " + FakeMtServer.KEY, r.authorization());
            assertEquals("EN", r.body().get("source_lang").asText());
            assertEquals("DE", r.body().get("target_lang").asText());
            assertEquals("xml", r.body().get("tag_handling").asText());
            assertEquals("The <x id=\"1\"/>joint declaration<x id=\"2\"/> was signed.", r.body().get("text").get(0).asText());
            assertTrue(r.body().get("context").asText().contains("joint declaration = gemeinsame Erklärung"));
            assertEquals("EN-GB", DeeplClient.targetCode("en-GB"));
            assertEquals("EN-US", DeeplClient.targetCode("en"));
        }
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
