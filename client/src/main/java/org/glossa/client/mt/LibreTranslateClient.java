package org.glossa.client.mt;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glossa.client.ClientException;
import org.glossa.core.lang.LanguageTags;
import org.glossa.core.mt.MtProvider;

/**
 * The LibreTranslate API (a server on premises or libretranslate.com): {@code POST /translate} with the texts as a
 * JSON array in {@code q}, {@code format=html} so the {@code <x id/>} placeholders stay, {@code api_key} when a key
 * is configured; the language pairs from {@code GET /languages} (asked once). It has no glossary API: the hints'
 * source terms go as placeholders and come back as their target terms ({@link TermPlaceholders}).
 */
public final class LibreTranslateClient implements MtProvider {
    private final URI base;
    private final String key;
    private final MtHttp http = new MtHttp();
    private Map<String, Set<String>> pairs;

    public LibreTranslateClient(URI base, String key) {
        this.base = base;
        this.key = key;
    }

    @Override
    public String name() {
        return "LibreTranslate";
    }

    @Override
    public synchronized boolean supports(String source, String target) throws IOException {
        if (pairs == null) {
            Map<String, Set<String>> p = new HashMap<>();
            for (JsonNode lang : http.get(base.resolve("languages"), Map.of())) {
                Set<String> targets = new HashSet<>();
                for (JsonNode t : lang.path("targets")) targets.add(t.asText());
                p.put(lang.path("code").asText(), targets);
            }
            pairs = p;
        }
        return pairs.getOrDefault(LanguageTags.language(source), Set.of()).contains(LanguageTags.language(target));
    }

    @Override
    public int maxBatch() {
        return 25;
    }

    @Override
    public List<String> translate(List<String> texts, String source, String target, List<TermHint> hints)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        List<String> protectedTexts = new ArrayList<>();
        for (String t : texts) protectedTexts.add(TermPlaceholders.protect(t, hints));
        body.put("q", protectedTexts);
        body.put("source", LanguageTags.language(source));
        body.put("target", LanguageTags.language(target));
        body.put("format", "html");
        if (!key.isEmpty()) body.put("api_key", key);
        URI uri = base.resolve("translate");
        JsonNode translated = http.post(uri, body, Map.of()).path("translatedText");
        if (!translated.isArray()) throw new ClientException(uri.toString(), 0, "no translatedText array in the answer", null);
        List<String> out = new ArrayList<>();
        for (JsonNode t : translated) out.add(TermPlaceholders.restore(t.asText(), hints));
        return out;
    }
}
