package org.glossa.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glossa.core.model.Content;
import org.glossa.core.output.ContentJson;
import org.glossa.core.tm.MatchKind;
import org.glossa.core.tm.MemoryLookup;
import org.glossa.core.tm.TmMatch;

/**
 * A memory on a Glossa server in one language pair: looked up like a TMX memory ({@code GET …/lookup}, the JSON
 * of {@code glossa tm lookup --json}; the server scores with core's scorer), searched ({@code concordance}) and
 * written to ({@code POST …/units}, {@code DELETE …/units/ID}).
 * Texts travel with their inline codes (core's {@link ContentJson} parts beside the plain text), and the previous
 * segment's source goes with a lookup ({@code prev}) and with added units, so matches keep their tags and a unit
 * confirmed after the same segment is a context (101) match, as in a TMX memory. Thread-safe.
 */
public final class RemoteMemory implements MemoryLookup {
    /** The server's largest {@code max}. */
    static final int MAX_RESULTS = 100;
    /** The server's most units in one JSON request. */
    static final int UNITS_PER_REQUEST = 10_000;
    /** The server's longest text to look up or context. */
    static final int MAX_QUERY_CHARS = 2_000;
    /** Longest URL-encoded {@code content} parameter sent (the server takes 8,000 characters; URLs stay short). */
    static final int MAX_CONTENT_PARAMETER = 6_000;
    private static final Duration LOOKUP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration WRITE_TIMEOUT = Duration.ofMinutes(10);

    private final ServerConnection connection;
    private final ServerResource resource;
    private final String sourceLanguage;
    private final String targetLanguage;

    RemoteMemory(ServerConnection connection, ServerResource resource, String sourceLanguage, String targetLanguage) {
        this.connection = connection;
        this.resource = resource;
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
    }

    /**
     * The memory at {@code url} ({@code http(s)://HOST:PORT/memories/NAME}) with the user's credentials.
     *
     * @throws ClientException when the URL is not a memory's or there is no token for its server
     */
    public static RemoteMemory open(String url, String sourceLanguage, String targetLanguage) {
        ServerResource r = ServerResource.parse(url, ServerResource.Kind.MEMORY);
        return ServerConnection.open(r.server()).memory(r.name(), sourceLanguage, targetLanguage);
    }

    public ServerResource resource() {
        return resource;
    }

    /** Matches at or above {@code minScore}, best first, at most {@code maxResults} (at most 100). */
    @Override
    public List<TmMatch> lookup(Content segment, Optional<Content> previous, int minScore, int maxResults) {
        String q = segment.plainText();
        if (q.isBlank()) return List.of();
        StringBuilder query = new StringBuilder("/lookup?q=").append(enc(q));
        if (ContentJson.hasCodes(segment)) {
            String content = enc(ContentJson.toJson(segment));
            // the tags are scored as core scores them; a very long segment is looked up by its text alone
            if (content.length() <= MAX_CONTENT_PARAMETER) query.append("&content=").append(content);
        }
        previous.map(Content::plainText).filter(p -> !p.isBlank() && p.length() <= MAX_QUERY_CHARS)
                .ifPresent(p -> query.append("&prev=").append(enc(p)));
        query.append("&source=").append(enc(sourceLanguage)).append("&target=").append(enc(targetLanguage))
                .append("&min=").append(Math.max(0, Math.min(minScore, 101)))
                .append("&max=").append(Math.max(1, Math.min(maxResults, MAX_RESULTS)));
        JsonNode root = connection.sendForJson(connection.request(resource.api(query.toString()), LOOKUP_TIMEOUT).GET()
                .build(), resource.toString());
        List<TmMatch> out = new ArrayList<>();
        for (JsonNode m : root.path("matches")) {
            int score = m.path("score").asInt();
            MatchKind kind = score > 100 ? MatchKind.CONTEXT : score == 100 ? MatchKind.EXACT : MatchKind.FUZZY;
            out.add(new TmMatch(score, kind, content(m, "source"), content(m, "target"), m.path("tuid").asText(""),
                    m.path("origin").asText(resource.name())));
        }
        return out;
    }

    /** A match's {@code field} with its inline codes ({@code fieldContent}) when the server sent them. */
    private Content content(JsonNode match, String field) {
        JsonNode parts = match.get(field + "Content");
        if (parts == null || !parts.isArray()) return Content.of(match.path(field).asText());
        try (var parser = parts.traverse()) {
            return ContentJson.read(parser);
        } catch (IOException | IllegalArgumentException e) {
            throw new ClientException(resource.toString(), "the server sent a match whose " + field + "Content cannot be read: "
                    + e.getMessage());
        }
    }

    private static JsonNode parts(Content c) {
        try {
            return ServerConnection.JSON.readTree(ContentJson.toJson(c));
        } catch (IOException e) {
            throw new IllegalStateException("content JSON written by Glossa cannot be read back", e);
        }
    }

    /**
     * Asks the server once (a lookup that matches nothing), so that a command fails before it starts its work.
     *
     * @throws ClientException when the server cannot be reached, refuses the token, or has no such memory
     */
    public void check() {
        lookup(Content.of("glossa"), Optional.empty(), 101, 1);
    }

    /** Units whose source or target contains {@code text} (case-insensitive), newest first, at most {@code max}. */
    public List<ServerUnit> concordance(String text, int max) {
        JsonNode root = connection.sendForJson(connection.request(resource.api("/concordance?q=" + enc(text) + "&max="
                + Math.max(1, Math.min(max, 500))), LOOKUP_TIMEOUT).GET().build(), resource.toString());
        List<ServerUnit> out = new ArrayList<>();
        for (JsonNode u : root.path("units")) {
            out.add(new ServerUnit(u.path("id").asLong(), u.path("tuid").asText(""), u.path("sourceLang").asText(),
                    u.path("targetLang").asText(), u.path("source").asText(), u.path("target").asText(),
                    u.path("changedBy").asText(), Instant.parse(u.path("changedAt").asText())));
        }
        return out;
    }

    /**
     * Adds units in this memory's language pair (sent in requests of at most 10,000); a translator may add new
     * units, a reviewer also replaces units with the same tuid.
     */
    public WriteSummary add(List<UnitUpload> units) {
        long added = 0, updated = 0, unchanged = 0, change = 0;
        for (int from = 0; from < units.size(); from += UNITS_PER_REQUEST) {
            ObjectNode body = ServerConnection.JSON.createObjectNode();
            body.put("sourceLang", sourceLanguage);
            body.put("targetLang", targetLanguage);
            ArrayNode list = body.putArray("units");
            for (UnitUpload u : units.subList(from, Math.min(units.size(), from + UNITS_PER_REQUEST))) {
                ObjectNode o = list.addObject();
                o.put("source", u.source().plainText());
                o.put("target", u.target().plainText());
                if (ContentJson.hasCodes(u.source())) o.set("sourceContent", parts(u.source()));
                if (ContentJson.hasCodes(u.target())) o.set("targetContent", parts(u.target()));
                u.previous().ifPresent(p -> o.put("prev", p.plainText()));
                if (!u.tuid().isEmpty()) o.put("tuid", u.tuid());
                if (!u.project().isEmpty()) o.put("project", u.project());
                if (!u.document().isEmpty()) o.put("document", u.document());
                if (!u.segment().isEmpty()) o.put("segment", u.segment());
            }
            WriteSummary s = post(HttpRequest.BodyPublishers.ofByteArray(body.toString().getBytes(StandardCharsets.UTF_8)),
                    "application/json");
            added += s.added();
            updated += s.updated();
            unchanged += s.unchanged();
            change = Math.max(change, s.change());
        }
        return new WriteSummary(added, updated, unchanged, change);
    }

    /**
     * Imports a TMX file as it is (every language pair in it, tuids, dates, users, properties, notes and inline
     * codes kept); needs the reviewer role.
     */
    public WriteSummary importTmx(Path tmx) {
        try {
            return post(HttpRequest.BodyPublishers.ofFile(tmx), "application/xml");
        } catch (IOException e) {
            throw new ClientException(tmx.toString(), "cannot read: " + e.getMessage());
        }
    }

    /** Deletes the unit with the server's {@code id} (reviewer); false when the memory has no such unit. */
    public boolean delete(long id) {
        try {
            connection.send(connection.request(resource.api("/units/" + id), LOOKUP_TIMEOUT).DELETE().build(),
                    HttpResponse.BodyHandlers.ofByteArray(), resource.toString());
            return true;
        } catch (ClientException e) {
            if (e.status() == 404 && e.getMessage().startsWith("no unit")) return false;
            throw e;
        }
    }

    private WriteSummary post(HttpRequest.BodyPublisher body, String contentType) {
        JsonNode r = connection.sendForJson(connection.request(resource.api("/units"), WRITE_TIMEOUT)
                .header("Content-Type", contentType).POST(body).build(), resource.toString());
        return new WriteSummary(r.path("added").asLong(), r.path("updated").asLong(), r.path("unchanged").asLong(),
                r.path("change").asLong());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return resource.toString();
    }
}
