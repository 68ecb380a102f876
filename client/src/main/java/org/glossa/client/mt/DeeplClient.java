package org.glossa.client.mt;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glossa.client.ClientException;
import org.glossa.core.lang.LanguageTags;
import org.glossa.core.mt.MtProvider;

/**
 * The DeepL API ({@code https://api.deepl.com}, the free plan's {@code https://api-free.deepl.com}, or a server
 * answering like it): {@code POST /v2/translate} with {@code Authorization: DeepL-Auth-Key KEY}, the texts as a JSON
 * array, {@code tag_handling=xml} so the {@code <x id/>} placeholders stay, glossary hints through a DeepL glossary
 * ({@link DeeplGlossaries}: made from the term pairs, passed as {@code glossary_id}, reused while they stay the same).
 * English and Portuguese targets need a region ({@code EN-GB}, {@code EN-US}, {@code PT-BR}, {@code PT-PT}; a bare
 * {@code en} is sent as {@code EN-US}).
 */
public final class DeeplClient implements MtProvider {
    /** The source languages of DeepL's API (targets: the same, with the regions above). */
    private static final Set<String> LANGUAGES = Set.of("ar", "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr",
            "hu", "id", "it", "ja", "ko", "lt", "lv", "nb", "nl", "pl", "pt", "ro", "ru", "sk", "sl", "sv", "tr", "uk", "zh");
    private final URI base;
    private final String key;
    private final MtHttp http = new MtHttp();
    private final DeeplGlossaries glossaries;

    public DeeplClient(URI base, String key) {
        this.base = base;
        this.key = key;
        this.glossaries = new DeeplGlossaries(base, auth(), http);
    }

    private Map<String, String> auth() {
        return key.isEmpty() ? Map.of() : Map.of("Authorization", "DeepL-Auth-Key " + key);
    }

    @Override
    public String name() {
        return "DeepL";
    }

    @Override
    public boolean supports(String source, String target) {
        return LANGUAGES.contains(LanguageTags.language(source)) && LANGUAGES.contains(LanguageTags.language(target));
    }

    @Override
    public int maxBatch() {
        return 50;
    }

    static String targetCode(String tag) {
        String canonical = LanguageTags.canonical(tag);
        String language = LanguageTags.language(canonical).toUpperCase(Locale.ROOT);
        String region = Locale.forLanguageTag(canonical).getCountry();
        if (language.equals("EN")) return region.equals("GB") ? "EN-GB" : "EN-US";
        if (language.equals("PT")) return region.equals("BR") ? "PT-BR" : "PT-PT";
        return language;
    }

    @Override
    public List<String> translate(List<String> texts, String source, String target, List<TermHint> hints)
            throws IOException {
        Optional<String> glossary = glossaries.idFor(source, target, hints);
        try {
            return translate(texts, source, target, glossary);
        } catch (ClientException e) {
            if (glossary.isEmpty() || e.status() != 404) throw e;
            glossaries.forget(glossary.get());
            return translate(texts, source, target, glossaries.idFor(source, target, hints));
        }
    }

    /** One translate request; a 404 with a glossary means DeepL no longer has it (deleted by another run). */
    private List<String> translate(List<String> texts, String source, String target, Optional<String> glossary)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", texts);
        body.put("source_lang", LanguageTags.language(source).toUpperCase(Locale.ROOT));
        body.put("target_lang", targetCode(target));
        body.put("tag_handling", "xml");
        glossary.ifPresent(id -> body.put("glossary_id", id));
        URI uri = base.resolve("v2/translate");
        JsonNode answer = http.post(uri, body, auth());
        JsonNode translations = answer.path("translations");
        if (!translations.isArray()) throw new ClientException(uri.toString(), 0, "no translations in the answer", null);
        List<String> out = new ArrayList<>();
        for (JsonNode t : translations) out.add(t.path("text").asText());
        return out;
    }
}
