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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local server answering like the DeepL API ({@code /v2/translate}) and the LibreTranslate API ({@code /languages},
 * {@code /translate}): it "translates" with a small English→German word table, keeping every tag where it was, and
 * records the requests. No real service is called in tests.
 */
public final class FakeMtServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, String> WORDS = Map.of("the", "die", "The", "Die", "declaration", "Erklärung",
            "was", "wurde", "signed", "unterzeichnet", "joint", "gemeinsame", "NATO", "NATO");
    public static final String KEY = "secret-key:fx";

    /** A request the server received: path, Authorization header, JSON body. */
    public record Request(String path, String authorization, JsonNode body) {
    }

    private final HttpServer server;
    public final List<Request> requests = new CopyOnWriteArrayList<>();

    public FakeMtServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v2/translate", this::deepl);
        server.createContext("/translate", this::libre);
        server.createContext("/languages", ex -> answer(ex, 200,
                "[{\"code\":\"en\",\"name\":\"English\",\"targets\":[\"de\",\"fr\"]},{\"code\":\"de\",\"name\":\"German\",\"targets\":[\"en\"]}]"));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    static String translate(String text) {
        StringBuilder sb = new StringBuilder();
        for (String token : text.split("(?=<)|(?<=>)|(?<=\\s)|(?=\\s)|(?=[.,])")) {
            sb.append(token.startsWith("<") ? token : WORDS.getOrDefault(token, token));
        }
        return sb.toString();
    }

    private void deepl(HttpExchange ex) throws IOException {
        JsonNode body = JSON.readTree(ex.getRequestBody());
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        requests.add(new Request(ex.getRequestURI().getPath(), auth, body));
        if (!("DeepL-Auth-Key " + KEY).equals(auth)) {
            answer(ex, 403, "{\"message\":\"Wrong endpoint. Use https://api.deepl.com\"}");
            return;
        }
        ObjectNode out = JSON.createObjectNode();
        ArrayNode translations = out.putArray("translations");
        for (JsonNode t : body.path("text")) {
            translations.addObject().put("detected_source_language", "EN").put("text", translate(t.asText()));
        }
        answer(ex, 200, JSON.writeValueAsString(out));
    }

    private void libre(HttpExchange ex) throws IOException {
        JsonNode body = JSON.readTree(ex.getRequestBody());
        requests.add(new Request(ex.getRequestURI().getPath(), "", body));
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
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
