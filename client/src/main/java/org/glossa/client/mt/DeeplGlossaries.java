package org.glossa.client.mt;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.glossa.client.ClientException;
import org.glossa.core.lang.LanguageTags;
import org.glossa.core.mt.MtProvider.TermHint;
import org.glossa.core.text.TextKey;

/**
 * DeepL glossaries for the term hints of translate requests (the v2 glossary endpoints): per language pair one
 * glossary holding every term pair asked for so far. While the hints add nothing to it, its id is reused; a new
 * pair (or a new target for a known source term) makes a glossary of the grown set ({@code POST /v2/glossaries},
 * entries as TSV) and deletes the one it replaces ({@code DELETE /v2/glossaries/ID}), so an account's 1,000
 * glossaries are not used up. A glossary of the same entries made earlier (by another run) is found by its name,
 * which carries a hash of the entries ({@code GET /v2/glossaries}). Thread-safe.
 */
final class DeeplGlossaries {
    private record Made(String id, Map<String, String> entries) {
    }

    private final URI base;
    private final Map<String, String> auth;
    private final MtHttp http;
    private final Map<String, Made> byPair = new HashMap<>();

    DeeplGlossaries(URI base, Map<String, String> auth, MtHttp http) {
        this.base = base;
        this.auth = auth;
        this.http = http;
    }

    /** The id of a glossary from {@code source} into {@code target} holding {@code hints}; none without hints. */
    synchronized Optional<String> idFor(String source, String target, List<TermHint> hints) throws IOException {
        if (hints.isEmpty()) return Optional.empty();
        String src = LanguageTags.language(source).toLowerCase(Locale.ROOT);
        String tgt = LanguageTags.language(target).toLowerCase(Locale.ROOT);
        String pair = src + "-" + tgt;
        Made current = byPair.get(pair);
        Map<String, String> entries = new LinkedHashMap<>(current == null ? Map.of() : current.entries());
        for (TermHint h : hints) entries.put(clean(h.source()), clean(h.target()));
        entries.remove("");
        if (current != null && entries.equals(current.entries())) return Optional.of(current.id());
        String name = name(pair, entries);
        Optional<String> made = existing(name, entries.size());
        String id = made.isPresent() ? made.get() : create(name, src, tgt, entries);
        byPair.put(pair, new Made(id, Map.copyOf(entries)));
        if (current != null && !current.id().equals(id)) http.delete(base.resolve("v2/glossaries/" + current.id()), auth);
        return Optional.of(id);
    }

    /** Forgets the glossary {@code id} (DeepL no longer knows it); the next request makes it again. */
    synchronized void forget(String id) {
        byPair.values().removeIf(m -> m.id().equals(id));
    }

    private Optional<String> existing(String name, int count) throws IOException {
        for (JsonNode g : http.get(base.resolve("v2/glossaries"), auth).path("glossaries")) {
            if (g.path("name").asText().equals(name) && g.path("entry_count").asInt() == count && g.path("ready").asBoolean()) {
                return Optional.of(g.path("glossary_id").asText());
            }
        }
        return Optional.empty();
    }

    private String create(String name, String src, String tgt, Map<String, String> entries) throws IOException {
        StringBuilder tsv = new StringBuilder();
        entries.forEach((s, t) -> tsv.append(s).append('\t').append(t).append('\n'));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("source_lang", src);
        body.put("target_lang", tgt);
        body.put("entries", tsv.toString());
        body.put("entries_format", "tsv");
        URI uri = base.resolve("v2/glossaries");
        String id = http.post(uri, body, auth).path("glossary_id").asText();
        if (id.isEmpty()) throw new ClientException(uri.toString(), 0, "no glossary_id in the answer", null);
        return id;
    }

    /** {@code glossa en-de HASH}: the same entries give the same name. */
    static String name(String pair, Map<String, String> entries) {
        StringBuilder sb = new StringBuilder();
        entries.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> sb.append(e.getKey()).append('\t').append(e.getValue()).append('\n'));
        TextKey k = TextKey.of(sb.toString());
        byte[] hash = java.nio.ByteBuffer.allocate(16).putLong(k.hi()).putLong(k.lo()).array();
        return "glossa " + pair + " " + HexFormat.of().formatHex(hash);
    }

    /** A TSV field: no tabs or line breaks, trimmed (DeepL rejects entries with them). */
    private static String clean(String term) {
        return term.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
