package org.glossa.client.mt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.glossa.client.ClientException;

/** JSON over HTTP for the machine translation clients; a failure is a {@link ClientException} naming the URL. */
final class MtHttp {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    JsonNode post(URI uri, Object body, Map<String, String> headers) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Content-Type", "application/json")
                .header("User-Agent", "glossa").POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        headers.forEach(b::header);
        return send(uri, b.build());
    }

    JsonNode get(URI uri, Map<String, String> headers) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("User-Agent", "glossa").GET();
        headers.forEach(b::header);
        return send(uri, b.build());
    }

    /** Sends a DELETE; the answer (often none: 204) is not read. */
    void delete(URI uri, Map<String, String> headers) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("User-Agent", "glossa").DELETE();
        headers.forEach(b::header);
        send(uri, b.build());
    }

    private JsonNode send(URI uri, HttpRequest request) throws IOException {
        HttpResponse<byte[]> r;
        try {
            r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted: " + uri);
        } catch (IOException e) {
            throw new ClientException(uri.toString(), 0, "not reachable (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
        String text = new String(r.body(), StandardCharsets.UTF_8);
        if (r.statusCode() / 100 != 2) {
            String why = switch (r.statusCode()) {
                case 401, 403 -> "the key was refused";
                case 429 -> "too many requests (lower the rate)";
                case 456 -> "the quota is used up";
                default -> "HTTP " + r.statusCode();
            };
            throw new ClientException(uri.toString(), r.statusCode(), why + (text.isBlank() ? "" : ": " + abbreviate(text)), null);
        }
        if (text.isBlank()) return JSON.missingNode();
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new ClientException(uri.toString(), r.statusCode(), "not a JSON answer: " + abbreviate(text), e);
        }
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }
}
