package org.glossa.client.mt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local server answering like the DeepL API ({@code /v2/translate}; glossaries: {@code POST /v2/glossaries} with TSV
 * entries, {@code GET /v2/glossaries}, {@code DELETE /v2/glossaries/ID}, used by {@code glossary_id}, which needs a
 * {@code source_lang}; an unknown id is a 404) and the LibreTranslate API ({@code /languages}, {@code /translate}): it
 * "translates" with a small English→German word table (a glossary's entries first), keeping every tag where it was,
 * and records the requests. No real service is called in tests.
 */
public final class FakeMtServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, String> WORDS = Map.of("the", "die", "The", "Die", "declaration", "Erklärung",
            "was", "wurde", "signed", "unterzeichnet", "joint", "gemeinsame", "NATO", "NATO");
    public static final String KEY = "secret-key:fx";

    /** A request the server received: path, Authorization header, JSON body. */
    public record Request(String path, String authorization, JsonNode body) {
    }

    /** A glossary made through the API: its name and entries (source → target). */
    public record Glossary(String id, String name, String sourceLang, String targetLang, Map<String, String> entries) {
    }

    private final HttpServer server;
    public final List<Request> requests = new CopyOnWriteArrayList<>();
    /** The glossaries the server holds, by id. */
    public final Map<String, Glossary> glossaries = new ConcurrentHashMap<>();
    private final AtomicInteger nextGlossary = new AtomicInteger();
    /** Requests whose body holds this text wait for {@link #release} before they are answered (a slow service). */
    private volatile String held = null;
    private volatile java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(0);

    public FakeMtServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v2/translate", this::deepl);
        server.createContext("/v2/glossaries", this::deeplGlossaries);
        server.createContext("/translate", this::libre);
        server.createContext("/languages", ex -> answer(ex, 200,
                "[{\"code\":\"en\",\"name\":\"English\",\"targets\":[\"de\",\"fr\"]},{\"code\":\"de\",\"name\":\"German\",\"targets\":[\"en\"]}]"));
        server.start();
    }

    /**
     * From now on a request whose body contains {@code text} is answered only once {@code release} is open (at most
     * ten minutes later): a service that is slow for one file. Open the latch before closing the server.
     */
    public void hold(String text, java.util.concurrent.CountDownLatch release) {
        this.release = release;
        this.held = text;
    }

    private void waitIfHeld(JsonNode body) throws IOException {
        String text = held;
        if (text == null || !body.toString().contains(text)) return;
        try {
            release.await(10, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while holding a request");
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    static String translate(String text) {
        return translate(text, Map.of());
    }

    /** The word table's translation, the glossary's entries (whole words, any case) taking precedence. */
    static String translate(String text, Map<String, String> glossary) {
        StringBuilder sb = new StringBuilder();
        for (String piece : text.split("(?=<)|(?<=>)")) {
            if (piece.startsWith("<")) {
                sb.append(piece);
                continue;
            }
            String rest = piece;
            for (Map.Entry<String, String> e : glossary.entrySet()) {
                rest = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(e.getKey()) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(rest)
                        .replaceAll(Matcher.quoteReplacement("\u0000" + e.getValue() + "\u0001"));
            }
            Matcher marked = Pattern.compile("\u0000([^\u0001]*)\u0001").matcher(rest);
            int at = 0;
            while (true) {
                boolean found = marked.find();
                for (String token : rest.substring(at, found ? marked.start() : rest.length()).split("(?<=\\s)|(?=\\s)|(?=[.,])")) {
                    sb.append(WORDS.getOrDefault(token, token));
                }
                if (!found) break;
                sb.append(marked.group(1));
                at = marked.end();
            }
        }
        return sb.toString();
    }

    private void deeplGlossaries(HttpExchange ex) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        byte[] raw = ex.getRequestBody().readAllBytes();
        JsonNode body = raw.length == 0 ? JSON.missingNode() : JSON.readTree(raw);
        requests.add(new Request(ex.getRequestMethod() + " " + ex.getRequestURI().getPath(), auth, body));
        if (!("DeepL-Auth-Key " + KEY).equals(auth)) {
            answer(ex, 403, "{\"message\":\"Wrong endpoint. Use https://api.deepl.com\"}");
            return;
        }
        String path = ex.getRequestURI().getPath();
        switch (ex.getRequestMethod()) {
            case "POST" -> {
                if (!"tsv".equals(body.path("entries_format").asText("tsv"))) {
                    answer(ex, 400, "{\"message\":\"Unsupported entries_format\"}");
                    return;
                }
                Map<String, String> entries = new LinkedHashMap<>();
                for (String line : body.path("entries").asText().split("\n")) {
                    String[] cols = line.split("\t", -1);
                    if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank() || entries.containsKey(cols[0])) {
                        if (line.isBlank()) continue;
                        answer(ex, 400, "{\"message\":\"Invalid glossary entries provided\"}");
                        return;
                    }
                    entries.put(cols[0], cols[1]);
                }
                String id = "00000000-0000-4000-8000-" + String.format("%012d", nextGlossary.incrementAndGet());
                Glossary g = new Glossary(id, body.path("name").asText(), body.path("source_lang").asText(),
                        body.path("target_lang").asText(), entries);
                glossaries.put(id, g);
                answer(ex, 201, JSON.writeValueAsString(describe(g)));
            }
            case "GET" -> {
                ObjectNode out = JSON.createObjectNode();
                ArrayNode list = out.putArray("glossaries");
                for (Glossary g : glossaries.values()) list.add(describe(g));
                answer(ex, 200, JSON.writeValueAsString(out));
            }
            case "DELETE" -> {
                String id = path.substring(path.lastIndexOf('/') + 1);
                if (glossaries.remove(id) == null) answer(ex, 404, "{\"message\":\"Glossary not found\"}");
                else answer(ex, 204, "");
            }
            default -> answer(ex, 405, "{}");
        }
    }

    private static ObjectNode describe(Glossary g) {
        return JSON.createObjectNode().put("glossary_id", g.id()).put("name", g.name()).put("ready", true)
                .put("source_lang", g.sourceLang()).put("target_lang", g.targetLang())
                .put("creation_time", "2026-01-01T00:00:00.000Z").put("entry_count", g.entries().size());
    }

    private void deepl(HttpExchange ex) throws IOException {
        JsonNode body = JSON.readTree(ex.getRequestBody());
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        requests.add(new Request(ex.getRequestURI().getPath(), auth, body));
        waitIfHeld(body);
        if (!("DeepL-Auth-Key " + KEY).equals(auth)) {
            answer(ex, 403, "{\"message\":\"Wrong endpoint. Use https://api.deepl.com\"}");
            return;
        }
        Map<String, String> glossary = Map.of();
        if (body.has("glossary_id")) {
            if (!body.has("source_lang")) {
                answer(ex, 400, "{\"message\":\"Value for 'source_lang' not supported with glossary\"}");
                return;
            }
            Glossary g = glossaries.get(body.path("glossary_id").asText());
            if (g == null) {
                answer(ex, 404, "{\"message\":\"Glossary not found\"}");
                return;
            }
            glossary = g.entries();
        }
        ObjectNode out = JSON.createObjectNode();
        ArrayNode translations = out.putArray("translations");
        for (JsonNode t : body.path("text")) {
            translations.addObject().put("detected_source_language", "EN").put("text", translate(t.asText(), glossary));
        }
        answer(ex, 200, JSON.writeValueAsString(out));
    }

    private void libre(HttpExchange ex) throws IOException {
        JsonNode body = JSON.readTree(ex.getRequestBody());
        requests.add(new Request(ex.getRequestURI().getPath(), "", body));
        waitIfHeld(body);
        ObjectNode out = JSON.createObjectNode();
        if (body.path("q").isArray()) {
            ArrayNode texts = out.putArray("translatedText");
            for (JsonNode t : body.path("q")) texts.add(translate(t.asText()));
        } else {
            out.put("translatedText", translate(body.path("q").asText()));
        }
        answer(ex, 200, JSON.writeValueAsString(out));
    }

    private static void answer(HttpExchange ex, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
