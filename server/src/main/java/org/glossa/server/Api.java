package org.glossa.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.glossa.core.InputException;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.Term;
import org.glossa.core.glossary.io.GlossaryFormat;
import org.glossa.core.glossary.io.GlossaryReader;
import org.glossa.core.glossary.io.TbxWriter;
import org.glossa.core.model.Content;
import org.glossa.core.tm.TmImport;
import org.glossa.core.tm.TmMatch;
import org.glossa.core.tmx.Property;
import org.glossa.core.tmx.TmxHeader;
import org.glossa.core.tmx.TmxWriter;
import org.glossa.core.tmx.TranslationUnit;
import org.glossa.core.tmx.Variant;

/**
 * The HTTP API (see docs/server-api.md): routes, the Bearer-token check in front of every data endpoint, role
 * checks, input limits, and errors as {@code {"error": "…"}} with 400/401/403/404/413 (500 without details).
 */
final class Api {
    /** Largest request body (a TMX or TBX upload). */
    static final long MAX_BODY_BYTES = 64L << 20;
    /** Largest TMX upload (spooled to disk and streamed into the database, not held in memory). */
    static final long MAX_TMX_BYTES = 4L << 30;
    /** Longest text to look up or search for. */
    static final int MAX_QUERY_CHARS = 2_000;
    /** Most units in one JSON request. */
    static final int MAX_UNITS = 10_000;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final String USER = "glossa.user";

    private final ObjectMapper json;
    private final Users users;
    private final MemoryStore memories;
    private final TermbaseStore termbases;
    private final MemoryLookupService lookups;
    private final IndexFeeder feeder;
    private final Outbox outbox;
    private final Events events;
    private final Path tempDir;

    Api(ObjectMapper json, Users users, MemoryStore memories, TermbaseStore termbases, MemoryLookupService lookups,
        IndexFeeder feeder, Outbox outbox, Events events, Path tempDir) {
        this.json = json;
        this.users = users;
        this.memories = memories;
        this.termbases = termbases;
        this.lookups = lookups;
        this.feeder = feeder;
        this.outbox = outbox;
        this.events = events;
        this.tempDir = tempDir;
    }

    void configure(JavalinConfig config) {
        config.http.maxRequestSize = MAX_BODY_BYTES;
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        var r = config.routes;
        r.beforeMatched(this::authenticate);
        r.get("/api/health", this::health);
        r.post("/api/memories/{name}/units", this::addUnits);
        r.delete("/api/memories/{name}/units/{id}", this::deleteUnit);
        r.get("/api/memories/{name}/lookup", this::lookup);
        r.get("/api/memories/{name}/concordance", this::concordance);
        r.get("/api/memories/{name}/export", this::export);
        r.get("/api/termbases/{name}", this::getTermbase);
        r.put("/api/termbases/{name}", this::putTermbase);
        r.get("/api/termbases/{name}/terms", this::terms);
        r.before("/api/events", Api::lastEventId); // a bad Last-Event-ID is a 400 before the stream starts
        r.sse("/api/events", client -> events.add(client, lastEventId(client.ctx()), feeder));
        r.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        r.exception(InputException.class, (e, ctx) -> error(ctx, 400, e.describe()));
        r.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        r.exception(Exception.class, (e, ctx) -> {
            System.err.println("glossa server: " + ctx.method() + " " + ctx.path() + ": " + e);
            error(ctx, 500, "internal error");
        });
        r.error(404, "*", ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) error(ctx, 404, "no such endpoint: " + ctx.path());
        });
    }

    private void error(Context ctx, int status, String message) {
        if (status != 413 && mayHaveUnreadBody(ctx)) drainBody(ctx);
        ObjectNode o = json.createObjectNode();
        o.put("error", message == null ? "error" : message);
        ctx.status(status).contentType("application/json").result(o.toString());
    }

    private static boolean mayHaveUnreadBody(Context ctx) {
        return ctx.contentLength() > 0 || ctx.header("Transfer-Encoding") != null;
    }

    /**
     * Reads what is left of a refused upload (up to the body limit) before the answer goes out. Answered early, the
     * client is still sending when the server closes the connection: it gets a broken pipe instead of the 401/403,
     * or its next request goes into the closed socket. If the body cannot be read, the connection is closed.
     */
    private static void drainBody(Context ctx) {
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] buffer = new byte[1 << 16];
            long left = MAX_BODY_BYTES;
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) left -= n;
            if (left <= 0) ctx.header("Connection", "close");
        } catch (IOException | RuntimeException e) {
            ctx.header("Connection", "close");
        }
    }

    // --- authentication and roles

    private void authenticate(Context ctx) throws SQLException {
        if (!ctx.path().startsWith("/api/") || ctx.path().equals("/api/health")) return;
        String h = ctx.header("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "an Authorization: Bearer TOKEN header is required");
        }
        Optional<Users.User> u = users.authenticate(h.substring(7).trim());
        if (u.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new ApiException(401, "invalid token");
        }
        ctx.attribute(USER, u.get());
    }

    private static Users.User user(Context ctx) {
        Users.User u = ctx.attribute(USER);
        if (u == null) throw new ApiException(401, "not signed in");
        return u;
    }

    private static Users.User require(Context ctx, Role role, String what) {
        Users.User u = user(ctx);
        if (!u.role().includes(role)) {
            throw ApiException.forbidden(what + " needs the " + role.id() + " role (" + u.name() + " is " + u.role().id() + ")");
        }
        return u;
    }

    // --- parameters

    private static String name(Context ctx) {
        String n = ctx.pathParam("name");
        if (!NAME.matcher(n).matches()) {
            throw ApiException.badRequest("a name is 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit: " + n);
        }
        return n;
    }

    private static String query(Context ctx, String param) {
        String q = ctx.queryParam(param);
        if (q == null || q.isBlank()) throw ApiException.badRequest("the query parameter " + param + " is required");
        if (q.length() > MAX_QUERY_CHARS) {
            throw ApiException.badRequest(param + " is longer than " + MAX_QUERY_CHARS + " characters");
        }
        return q;
    }

    private static int intParam(Context ctx, String param, int def, int lo, int hi) {
        String v = ctx.queryParam(param);
        if (v == null || v.isBlank()) return def;
        try {
            int i = Integer.parseInt(v.trim());
            if (i < lo || i > hi) throw ApiException.badRequest(param + " must be between " + lo + " and " + hi + ": " + v);
            return i;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(param + " must be a number: " + v);
        }
    }

    private long memory(Context ctx, String name) throws SQLException {
        return memories.memoryId(name).orElseThrow(() -> ApiException.notFound("no memory named " + name));
    }

    private void sendJson(Context ctx, Object o) throws JsonProcessingException {
        ctx.contentType("application/json").result(json.writeValueAsBytes(o));
    }

    // --- endpoints

    private void health(Context ctx) throws Exception {
        ObjectNode o = json.createObjectNode();
        o.put("status", feeder.failure().isEmpty() ? "ok" : "degraded");
        o.put("lastChange", outbox.last());
        o.put("indexedChange", feeder.indexed());
        feeder.failure().ifPresent(e -> o.put("indexError", e.getMessage()));
        sendJson(ctx, o);
    }

    private void addUnits(Context ctx) throws Exception {
        String name = name(ctx);
        Users.User u = require(ctx, Role.TRANSLATOR, "adding units");
        String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
        InputStream in = new BufferedInputStream(ctx.bodyInputStream(), 1 << 16);
        in.mark(4096);
        byte[] start = in.readNBytes(4096);
        in.reset();
        boolean tmx = type.contains("xml") || type.contains("tmx") || startsWithMarkup(start);
        MemoryStore.WriteResult r;
        if (tmx) {
            require(ctx, Role.REVIEWER, "importing a TMX file");
            r = importTmx(ctx, name, u, in);
        } else {
            List<UnitInput> units = readJsonUnits(ctx, readLimited(ctx, in, MAX_BODY_BYTES));
            boolean reviewer = u.role().includes(Role.REVIEWER);
            r = memories.write(name, units, u, reviewer, reviewer);
        }
        feeder.wake();
        ObjectNode o = json.createObjectNode();
        o.put("added", r.added());
        o.put("updated", r.updated());
        o.put("unchanged", r.unchanged());
        o.put("change", r.lastChange());
        sendJson(ctx, o);
    }

    private void deleteUnit(Context ctx) throws Exception {
        String name = name(ctx);
        Users.User u = require(ctx, Role.REVIEWER, "deleting a unit");
        long unitId;
        try {
            unitId = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("a unit id is a number (the id of concordance and events): " + ctx.pathParam("id"));
        }
        long seq = memories.delete(memory(ctx, name), unitId, u)
                .orElseThrow(() -> ApiException.notFound("no unit " + unitId + " in memory " + name));
        feeder.wake();
        ObjectNode o = json.createObjectNode();
        o.put("deleted", 1);
        o.put("change", seq);
        sendJson(ctx, o);
    }

    /** The change a reconnecting event client saw last: the {@code Last-Event-ID} header, or {@code ?lastEventId=}. */
    private static long lastEventId(Context ctx) {
        String v = Optional.ofNullable(ctx.header("Last-Event-ID")).orElse(ctx.queryParam("lastEventId"));
        if (v == null || v.isBlank()) return 0;
        try {
            return Math.max(0, Long.parseLong(v.strip()));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Last-Event-ID must be a change number: " + v);
        }
    }

    /**
     * A TMX upload is spooled to a temporary file (up to {@link #MAX_TMX_BYTES}) and then streamed into one
     * transaction as a bulk import ({@link BulkImport}), so its size is bounded by the disk, not the heap, and a slow upload holds no transaction open.
     */
    private MemoryStore.WriteResult importTmx(Context ctx, String name, Users.User u, InputStream in) throws Exception {
        tooLarge(ctx, MAX_TMX_BYTES);
        Files.createDirectories(tempDir);
        Path tmp = Files.createTempFile(tempDir, "import-", ".tmx");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                byte[] buf = new byte[1 << 16];
                long total = 0;
                for (int n; (n = in.read(buf)) > 0; ) {
                    total += n;
                    if (total > MAX_TMX_BYTES) throw new ApiException(413, "a TMX upload is at most " + (MAX_TMX_BYTES >> 20) + " MiB");
                    out.write(buf, 0, n);
                }
            }
            return memories.importTmx(name, tmp, u);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Deletes the spooled uploads and exports a killed server left in {@code tempDir} (their transactions were rolled
     * back with the connection; the files are only copies). Called before the server takes requests.
     */
    static void removeLeftovers(Path tempDir) throws IOException {
        if (!Files.isDirectory(tempDir)) return;
        try (var files = Files.newDirectoryStream(tempDir, "{import,export}-*.tmx")) {
            for (Path f : files) Files.deleteIfExists(f);
        }
    }

    /** 413 at once when the declared length is over {@code max}. */
    private static void tooLarge(Context ctx, long max) {
        long declared = ctx.contentLength();
        if (declared > max) throw new ApiException(413, "the body is larger than " + (max >> 20) + " MiB");
    }

    private static byte[] readLimited(Context ctx, InputStream in, long max) throws IOException {
        tooLarge(ctx, max);
        byte[] body = in.readNBytes((int) max + 1);
        if (body.length > max) throw new ApiException(413, "the body is larger than " + (max >> 20) + " MiB");
        return body;
    }

    private static boolean startsWithMarkup(byte[] body) {
        for (byte b : body) {
            if (b == '<') return true;
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return false;
            }
        }
        return false;
    }

    private List<UnitInput> readJsonUnits(Context ctx, byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is neither JSON nor TMX: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.badRequest("the body cannot be read: " + e.getMessage());
        }
        if (root == null) throw ApiException.badRequest("the body is empty");
        JsonNode list = root.isArray() ? root : root.path("units");
        if (!list.isArray()) throw ApiException.badRequest("expected {\"units\": [ … ]} or an array of units");
        if (list.size() > MAX_UNITS) throw ApiException.badRequest("at most " + MAX_UNITS + " units per request");
        String defSource = Optional.ofNullable(ctx.queryParam("source")).orElse(root.path("sourceLang").asText(""));
        String defTarget = Optional.ofNullable(ctx.queryParam("target")).orElse(root.path("targetLang").asText(""));
        List<UnitInput> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : list) {
            String at = "units[" + i++ + "]";
            if (!n.isObject()) throw ApiException.badRequest(at + " is not an object");
            Content source = content(n, "source", at);
            Content target = content(n, "target", at);
            if (source.plainText().isBlank()) throw ApiException.badRequest(at + ".source is empty");
            if (source.plainText().length() > 100_000 || target.plainText().length() > 100_000) {
                throw ApiException.badRequest(at + " is too long");
            }
            String src = Languages.check(n.path("sourceLang").asText(defSource), at + ".sourceLang");
            String trg = Languages.check(n.path("targetLang").asText(defTarget), at + ".targetLang");
            String prev = text(n, "prev", at, false);
            if (prev.length() > 100_000) throw ApiException.badRequest(at + ".prev is too long");
            // the previous segment's source, kept the way core's memories keep it, for context (101) matches
            List<Property> properties = prev.isBlank() ? List.of() : List.of(new Property(TmImport.CONTEXT_PROP, prev));
            out.add(new UnitInput(text(n, "tuid", at, false), src, trg, source, target,
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), properties, List.of(),
                    text(n, "project", at, false), text(n, "document", at, false), text(n, "segment", at, false)));
        }
        return out;
    }

    /**
     * The unit's {@code source} or {@code target}: {@code FIELDContent} (the text with its inline codes, as JSON
     * parts) when given, else the plain text of {@code FIELD}.
     */
    private static Content content(JsonNode n, String field, String at) {
        JsonNode parts = n.get(field + "Content");
        if (parts == null || parts.isNull()) return Content.of(text(n, field, at, true));
        try {
            return ContentJson.read(parts);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(at + "." + field + "Content: " + e.getMessage());
        }
    }

    private static String text(JsonNode n, String field, String at, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) throw ApiException.badRequest(at + "." + field + " is required");
            return "";
        }
        if (!v.isTextual()) throw ApiException.badRequest(at + "." + field + " must be a string");
        return v.asText();
    }

    private void lookup(Context ctx) throws Exception {
        String name = name(ctx);
        user(ctx);
        Content segment = segment(ctx);
        Optional<Content> prev = Optional.ofNullable(ctx.queryParam("prev")).filter(p -> !p.isBlank()).map(p -> {
            if (p.length() > MAX_QUERY_CHARS) throw ApiException.badRequest("prev is longer than " + MAX_QUERY_CHARS + " characters");
            return Content.of(p);
        });
        String src = Languages.check(ctx.queryParam("source"), "source");
        String trg = Languages.check(ctx.queryParam("target"), "target");
        int min = intParam(ctx, "min", 70, 0, 101);
        int max = intParam(ctx, "max", 5, 1, 100);
        List<TmMatch> matches = lookups.lookup(memory(ctx, name), name, segment, prev, src, trg, min, max);
        ObjectNode o = json.createObjectNode();
        ArrayNode a = o.putArray("matches");
        for (TmMatch m : matches) {
            ObjectNode x = a.addObject();
            x.put("score", m.score());
            x.put("source", m.source().plainText());
            x.put("target", m.target().plainText());
            x.put("tuid", m.tuid());
            x.put("origin", m.origin());
            // the texts with their inline codes, when they have any (the same fields as glossa tm lookup --json)
            if (org.glossa.core.output.ContentJson.hasCodes(m.source())) x.set("sourceContent", ContentJson.tree(json, m.source()));
            if (org.glossa.core.output.ContentJson.hasCodes(m.target())) x.set("targetContent", ContentJson.tree(json, m.target()));
        }
        sendJson(ctx, o);
    }

    /**
     * The segment to look up: {@code content} (its text with inline codes as JSON parts, so that tags are scored
     * as core scores them) when given, else the plain text {@code q}.
     */
    private Content segment(Context ctx) {
        String parts = ctx.queryParam("content");
        if (parts == null || parts.isBlank()) return Content.of(query(ctx, "q"));
        if (parts.length() > 4 * MAX_QUERY_CHARS) {
            throw ApiException.badRequest("content is longer than " + 4 * MAX_QUERY_CHARS + " characters");
        }
        Content c;
        try {
            c = org.glossa.core.output.ContentJson.fromJson(parts);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("content: " + e.getMessage());
        }
        if (c.plainText().isBlank()) throw ApiException.badRequest("the query parameter content has no text");
        if (c.plainText().length() > MAX_QUERY_CHARS) {
            throw ApiException.badRequest("content is longer than " + MAX_QUERY_CHARS + " characters");
        }
        return c;
    }

    private void concordance(Context ctx) throws Exception {
        String name = name(ctx);
        user(ctx);
        String q = query(ctx, "q");
        int max = intParam(ctx, "max", 20, 1, 500);
        ObjectNode o = json.createObjectNode();
        ArrayNode a = o.putArray("units");
        for (StoredUnit u : memories.concordance(memory(ctx, name), q, max)) a.add(unitJson(u));
        sendJson(ctx, o);
    }

    private ObjectNode unitJson(StoredUnit u) {
        ObjectNode x = json.createObjectNode();
        u.putInto(x);
        x.put("createdBy", u.createdBy());
        x.put("createdAt", u.createdAt().toString());
        x.put("project", u.project());
        x.put("document", u.document());
        x.put("segment", u.segment());
        return x;
    }

    /** TMX 1.4b of the memory (optionally one source/target pair), written to a temporary file and sent. */
    private void export(Context ctx) throws Exception {
        String name = name(ctx);
        user(ctx);
        long id = memory(ctx, name);
        Optional<String> src = Optional.ofNullable(ctx.queryParam("source")).map(s -> Languages.check(s, "source"));
        Optional<String> trg = Optional.ofNullable(ctx.queryParam("target")).map(s -> Languages.check(s, "target"));
        List<String> sources = memories.pairs(id).stream()
                .filter(p -> src.map(x -> matches(p.get(0), x)).orElse(true) && trg.map(t -> matches(p.get(1), t)).orElse(true))
                .map(p -> p.get(0)).distinct().toList();
        String headerSource = src.orElseGet(() -> sources.size() == 1 ? sources.get(0) : TmxHeader.ALL_LANGUAGES);
        Files.createDirectories(tempDir);
        Path tmp = Files.createTempFile(tempDir, "export-", ".tmx");
        try {
            // units streamed from the database into the file, the file streamed to the client
            try (TmxWriter w = TmxWriter.open(tmp, TmxHeader.glossa(headerSource, "plaintext"))) {
                memories.forEach(id, u -> {
                    if (!src.map(s -> matches(u.sourceLang(), s)).orElse(true) || !trg.map(t -> matches(u.targetLang(), t)).orElse(true)) {
                        return;
                    }
                    Optional<String> unitSource = headerSource.equals(u.sourceLang()) ? Optional.empty() : Optional.of(u.sourceLang());
                    try {
                        w.write(new TranslationUnit(u.tuid(), 0, unitSource, u.properties(), u.notes(), Optional.of(u.createdAt()),
                                Optional.of(u.changedAt()), Optional.of(u.createdBy()), Optional.of(u.changedBy()),
                                List.of(Variant.of(u.sourceLang(), u.source()), Variant.of(u.targetLang(), u.target()))));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            // the open stream keeps the deleted file's content until it is sent
            InputStream file = Files.newInputStream(tmp);
            ctx.contentType("application/x-tmx+xml; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".tmx\"")
                    .header("Content-Length", Long.toString(Files.size(tmp)))
                    .result(file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static boolean matches(String unitLang, String wanted) {
        return unitLang.equalsIgnoreCase(wanted) || unitLang.toLowerCase(Locale.ROOT).startsWith(wanted.toLowerCase(Locale.ROOT) + "-");
    }

    private void getTermbase(Context ctx) throws Exception {
        String name = name(ctx);
        user(ctx);
        Glossary g = termbases.read(name).orElseThrow(() -> ApiException.notFound("no termbase named " + name));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TbxWriter.write(g, GlossaryFormat.TBX_2019, out);
        ctx.contentType("application/x-tbx+xml; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".tbx\"")
                .result(out.toByteArray());
    }

    private void putTermbase(Context ctx) throws Exception {
        String name = name(ctx);
        Users.User u = require(ctx, Role.TERMINOLOGIST, "replacing a termbase");
        byte[] body = ctx.bodyAsBytes();
        if (!startsWithMarkup(body)) throw ApiException.badRequest("the body must be a TBX file");
        Glossary g = GlossaryReader.read(body, name + ".tbx");
        long seq = termbases.replace(name, g, u);
        feeder.wake();
        ObjectNode o = json.createObjectNode();
        o.put("concepts", g.concepts().size());
        o.put("change", seq);
        sendJson(ctx, o);
    }

    private void terms(Context ctx) throws Exception {
        String name = name(ctx);
        user(ctx);
        String q = query(ctx, "q");
        Glossary g = termbases.search(name, q).orElseThrow(() -> ApiException.notFound("no termbase named " + name));
        ObjectNode o = json.createObjectNode();
        ArrayNode a = o.putArray("concepts");
        for (Concept c : g.concepts()) {
            ObjectNode x = a.addObject();
            x.put("id", c.id());
            c.definition().ifPresent(d -> x.put("definition", d));
            c.subjectField().ifPresent(d -> x.put("subjectField", d));
            x.put("doNotTranslate", c.doNotTranslate());
            ArrayNode ts = x.putArray("terms");
            for (Term t : c.terms()) {
                ObjectNode y = ts.addObject();
                y.put("text", t.text());
                y.put("language", t.language());
                y.put("status", t.status().id());
                t.partOfSpeech().ifPresent(p -> y.put("partOfSpeech", p));
                t.note().ifPresent(p -> y.put("note", p));
            }
        }
        sendJson(ctx, o);
    }

}
