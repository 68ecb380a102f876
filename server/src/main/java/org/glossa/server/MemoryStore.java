package org.glossa.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.glossa.core.model.Content;
import org.glossa.core.tm.index.LiveMemory;
import org.glossa.core.tmx.Property;

/**
 * Memories and their units in PostgreSQL. Every write keeps a history row per unit change and appends to the
 * outbox ({@code changes}) in the same transaction, under an advisory lock so that change numbers are committed in
 * order ({@link Outbox}).
 */
final class MemoryStore {
    private static final String UNIT_COLUMNS = "id, memory_id, tuid, source_lang, target_lang, source_content, "
            + "target_content, properties, notes, created_by, created_at, changed_by, changed_at, project, document, segment";

    /** What a write did. */
    record WriteResult(int added, int updated, int unchanged, long lastChange) {
    }

    /** What a bulk import did ({@code imports} row). */
    record ImportSummary(long id, long memoryId, String document, String importedBy, int added, int updated, int unchanged) {
    }

    private final DataSource db;
    private final ObjectMapper json;
    private final BulkImport bulk;

    MemoryStore(DataSource db, ObjectMapper json) {
        this.db = db;
        this.json = json;
        this.bulk = new BulkImport(json);
    }

    /** Ids of the memories found so far by name: a memory is never renamed nor deleted, so an id found stays true. */
    private final Map<String, Long> ids = new java.util.concurrent.ConcurrentHashMap<>();

    /** The id of the memory {@code name}, if it exists (read once per name: lookups ask for it on every request). */
    Optional<Long> memoryId(String name) throws SQLException {
        Long known = ids.get(name);
        if (known != null) return Optional.of(known);
        try (Connection c = db.getConnection();
             PreparedStatement st = c.prepareStatement("select id from memories where name = ?")) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                ids.put(name, rs.getLong(1));
                return Optional.of(rs.getLong(1));
            }
        }
    }

    Map<Long, String> memoryNames() throws SQLException {
        Map<Long, String> out = new java.util.HashMap<>();
        try (Connection c = db.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select id, name from memories")) {
            while (rs.next()) out.put(rs.getLong(1), rs.getString(2));
        }
        return out;
    }

    /**
     * Adds or updates units in one transaction. The units are read once, in order, and written in chunks (one query
     * for the existing units of a chunk, one batch of inserts, one statement for their history), so a TMX import of
     * a million units streams through with constant memory apart from the list of changed unit ids.
     *
     * @param create      create the memory when it does not exist (else 404)
     * @param mayUpdate   whether existing units may be changed (else 403 when one would be)
     */
    WriteResult write(String memory, Iterable<UnitInput> units, Users.User user, boolean create, boolean mayUpdate)
            throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                long memoryId = memoryFor(c, memory, user, create);
                Changes changes = new Changes();
                int[] counts = new int[3];
                Instant now = Instant.now();
                List<UnitInput> chunk = new ArrayList<>(CHUNK);
                Set<List<String>> keys = new HashSet<>();
                for (UnitInput u : units) {
                    List<List<String>> k = identities(u);
                    // a unit that repeats or replaces one of the same chunk is looked up after that one is written
                    if (chunk.size() == CHUNK || k.stream().anyMatch(keys::contains)) {
                        writeChunk(c, memoryId, chunk, user, now, mayUpdate, changes, counts);
                        chunk.clear();
                        keys.clear();
                    }
                    chunk.add(u);
                    keys.addAll(k);
                }
                writeChunk(c, memoryId, chunk, user, now, mayUpdate, changes, counts);
                long last = changes.append(c, memoryId);
                c.commit();
                return new WriteResult(counts[0], counts[1], counts[2], last);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /**
     * Imports a TMX file (creating the memory when needed) in one transaction as a {@link BulkImport}: one outbox
     * change and one event for the whole file. A file with units whose result depends on the order of writes across
     * identities (see {@link BulkImport}) is written unit by unit instead ({@link #write}), with the same result.
     */
    WriteResult importTmx(String memory, java.nio.file.Path tmx, Users.User user) throws SQLException, java.io.IOException {
        try (Connection c = db.getConnection(); TmxUnits units = TmxUnits.open(tmx, memory)) {
            c.setAutoCommit(false);
            try {
                long memoryId = memoryFor(c, memory, user, true);
                Optional<WriteResult> r = bulk.write(c, memoryId, units, units.document(), user, Instant.now());
                if (r.isPresent()) {
                    c.commit();
                    return r.get();
                }
                c.rollback();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
        try (TmxUnits units = TmxUnits.open(tmx, memory)) {
            return write(memory, units, user, true, true);
        }
    }

    /** The bulk import {@code id}, if it exists. */
    Optional<ImportSummary> importSummary(long id) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement("select id, memory_id, document,"
                + " imported_by, added, updated, unchanged from imports where id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new ImportSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7)));
            }
        }
    }

    /** The units the bulk import {@code importId} wrote last (not since rewritten or deleted), by id, after {@code afterId}. */
    List<StoredUnit> imported(long importId, long afterId, int limit) throws SQLException {
        return query("select " + UNIT_COLUMNS + " from units where import_id = ? and id > ? order by id limit ?", st -> {
            st.setLong(1, importId);
            st.setLong(2, afterId);
            st.setInt(3, limit);
        });
    }

    /**
     * Deletes a unit of a memory in one transaction: a history row ({@code delete}, with the texts the unit had) and
     * a change in the outbox, which takes it out of the fuzzy index and tells the connected clients.
     *
     * @return the change number, or empty when the memory has no unit with that id
     */
    Optional<Long> delete(long memoryId, long unitId, Users.User user) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement st = c.prepareStatement("delete from units where id = ? and memory_id = ?"
                        + " returning source_text, target_text, target_content::text")) {
                    st.setLong(1, unitId);
                    st.setLong(2, memoryId);
                    try (ResultSet rs = st.executeQuery()) {
                        if (!rs.next()) {
                            c.rollback();
                            return Optional.empty();
                        }
                        try (PreparedStatement h = c.prepareStatement("insert into unit_history (unit_id, memory_id, op,"
                                + " source_text, target_text, target_content, changed_by, changed_at)"
                                + " values (?, ?, 'delete', ?, ?, ?::jsonb, ?, ?)")) {
                            h.setLong(1, unitId);
                            h.setLong(2, memoryId);
                            h.setString(3, rs.getString(1));
                            h.setString(4, rs.getString(2));
                            h.setString(5, rs.getString(3));
                            h.setString(6, user.name());
                            h.setTimestamp(7, Timestamp.from(Instant.now()));
                            h.executeUpdate();
                        }
                    }
                }
                long seq = Outbox.append(c, "unit", "delete", Outbox.Subject.memory(memoryId), Outbox.Subject.unit(unitId));
                c.commit();
                return Optional.of(seq);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Units written per round of queries. */
    private static final int CHUNK = 500;

    /** What makes two inputs the same unit: the tuid and pair, and (with or without tuid) pair, source and target. */
    private static List<List<String>> identities(UnitInput u) {
        List<String> text = List.of("text", u.sourceLang(), u.targetLang(), u.source().plainText(), u.target().plainText());
        return u.tuid().isEmpty() ? List.of(text) : List.of(text, List.of("tuid", u.sourceLang(), u.targetLang(), u.tuid()));
    }

    /** An existing unit an input would replace or repeat. */
    private record Existing(long id, boolean same) {
    }

    private void writeChunk(Connection c, long memoryId, List<UnitInput> chunk, Users.User user, Instant now,
                            boolean mayUpdate, Changes changes, int[] counts) throws SQLException {
        if (chunk.isEmpty()) return;
        Map<List<String>, Existing> existing = existing(c, memoryId, chunk);
        List<UnitInput> inserts = new ArrayList<>();
        Changes written = new Changes();
        for (UnitInput u : chunk) {
            Existing e = existing.get(identities(u).get(u.tuid().isEmpty() ? 0 : 1));
            if (e == null) {
                inserts.add(u);
            } else if (e.same()) {
                counts[2]++;
            } else {
                if (!mayUpdate) {
                    throw ApiException.forbidden("changing an existing unit (tuid " + u.tuid() + ") needs the reviewer role");
                }
                update(c, e.id(), u, user, now);
                written.add(e.id(), "update");
                counts[1]++;
            }
        }
        for (long id : insert(c, memoryId, inserts, user, now)) {
            written.add(id, "insert");
            counts[0]++;
        }
        history(c, written, user, now);
        changes.addAll(written);
    }

    /**
     * The existing units the chunk's inputs would replace (same tuid and pair) or repeat (no tuid: same pair, source
     * and target text; the oldest), by {@link #identities}; rows found by tuid are locked for the update.
     */
    private Map<List<String>, Existing> existing(Connection c, long memoryId, List<UnitInput> chunk) throws SQLException {
        Map<List<String>, UnitInput> wanted = new HashMap<>();
        // tuids by language pair: the tuid index is (memory, source language, target language, tuid)
        Map<List<String>, List<String>> tuids = new java.util.LinkedHashMap<>();
        List<String> sourceKeys = new ArrayList<>();
        for (UnitInput u : chunk) {
            if (u.tuid().isEmpty()) {
                wanted.put(identities(u).get(0), u);
                sourceKeys.add(LiveMemory.exactKey(u.source().plainText()));
            } else {
                wanted.put(identities(u).get(1), u);
                tuids.computeIfAbsent(List.of(u.sourceLang(), u.targetLang()), k -> new ArrayList<>()).add(u.tuid());
            }
        }
        Map<List<String>, Existing> out = new HashMap<>();
        for (Map.Entry<List<String>, List<String>> pair : tuids.entrySet()) {
            try (PreparedStatement st = c.prepareStatement("select id, tuid, source_content, target_content from units"
                    + " where memory_id = ? and source_lang = ? and target_lang = ? and tuid <> '' and tuid = any(?)"
                    + " order by id for update")) {
                st.setLong(1, memoryId);
                st.setString(2, pair.getKey().get(0));
                st.setString(3, pair.getKey().get(1));
                st.setArray(4, c.createArrayOf("text", pair.getValue().toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        List<String> key = List.of("tuid", pair.getKey().get(0), pair.getKey().get(1), rs.getString(2));
                        found(wanted, out, key, rs.getLong(1), rs.getString(3), rs.getString(4));
                    }
                }
            }
        }
        if (!sourceKeys.isEmpty()) {
            try (PreparedStatement st = c.prepareStatement("select id, source_lang, target_lang, source_text, target_text,"
                    + " source_content, target_content from units where memory_id = ? and source_key = any(?) order by id")) {
                st.setLong(1, memoryId);
                st.setArray(2, c.createArrayOf("text", sourceKeys.toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        List<String> key = List.of("text", rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
                        found(wanted, out, key, rs.getLong(1), rs.getString(6), rs.getString(7));
                    }
                }
            }
        }
        return out;
    }

    private void found(Map<List<String>, UnitInput> wanted, Map<List<String>, Existing> out, List<String> key, long id,
                       String sourceContent, String targetContent) {
        UnitInput u = wanted.get(key);
        if (u == null || out.containsKey(key)) return;
        boolean same = ContentJson.read(json, targetContent).equals(u.target())
                && ContentJson.read(json, sourceContent).equals(u.source());
        out.put(key, new Existing(id, same));
    }

    /** Unit ids with what happened to them ("insert", "update"), in order; ids as primitives (an import may be big). */
    private static final class Changes {
        private long[] ids = new long[64];
        private final List<String> ops = new ArrayList<>();

        void add(long id, String op) {
            if (ops.size() == ids.length) ids = java.util.Arrays.copyOf(ids, ids.length * 2);
            ids[ops.size()] = id;
            ops.add(op);
        }

        void addAll(Changes other) {
            for (int i = 0; i < other.ops.size(); i++) add(other.ids[i], other.ops.get(i));
        }

        Long[] ids(int from, int to) {
            Long[] out = new Long[to - from];
            for (int i = from; i < to; i++) out[i - from] = ids[i];
            return out;
        }

        int size() {
            return ops.size();
        }

        /**
         * Appends the changes to the outbox under its lock (held to the end of the transaction), 10,000 a statement;
         * returns the last change number (0 when there were none).
         */
        long append(Connection c, long memoryId) throws SQLException {
            if (ops.isEmpty()) return 0;
            Outbox.lock(c);
            long last = 0;
            try (PreparedStatement st = c.prepareStatement("with added as (insert into changes (kind, op, memory_id, unit_id)"
                    + " select 'unit', x.op, ?, x.id from unnest(?::bigint[], ?::text[]) with ordinality as x(id, op, n)"
                    + " order by x.n returning seq) select max(seq) from added")) {
                for (int from = 0; from < ops.size(); from += 10_000) {
                    int to = Math.min(ops.size(), from + 10_000);
                    st.setLong(1, memoryId);
                    st.setArray(2, c.createArrayOf("bigint", ids(from, to)));
                    st.setArray(3, c.createArrayOf("text", ops.subList(from, to).toArray()));
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        last = rs.getLong(1);
                    }
                }
            }
            return last;
        }
    }

    private static long memoryFor(Connection c, String name, Users.User user, boolean create) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select id from memories where name = ?")) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) return rs.getLong(1);
            }
        }
        if (!create) throw ApiException.notFound("no memory named " + name);
        try (PreparedStatement st = c.prepareStatement(
                "insert into memories (name, created_by) values (?, ?) on conflict (name) do update set name = excluded.name returning id")) {
            st.setString(1, name);
            st.setString(2, user.name());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Inserts the units in one batch; their new ids, in order. */
    private List<Long> insert(Connection c, long memoryId, List<UnitInput> units, Users.User user, Instant now)
            throws SQLException {
        if (units.isEmpty()) return List.of();
        try (PreparedStatement st = c.prepareStatement("insert into units (memory_id, tuid, source_lang, target_lang,"
                + " source_text, target_text, source_content, target_content, source_key, properties, notes, created_by,"
                + " created_at, changed_by, changed_at, project, document, segment) values (?, ?, ?, ?, ?, ?, ?::jsonb,"
                + " ?::jsonb, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            for (UnitInput u : units) {
                Instant created = u.createdAt().orElse(now);
                st.setLong(1, memoryId);
                st.setString(2, u.tuid());
                st.setString(3, u.sourceLang());
                st.setString(4, u.targetLang());
                st.setString(5, u.source().plainText());
                st.setString(6, u.target().plainText());
                st.setString(7, ContentJson.write(json, u.source()));
                st.setString(8, ContentJson.write(json, u.target()));
                st.setString(9, LiveMemory.exactKey(u.source().plainText()));
                st.setString(10, toJson(u.properties()));
                st.setString(11, toJson(u.notes()));
                st.setString(12, u.createdBy().orElse(user.name()));
                st.setTimestamp(13, Timestamp.from(created));
                st.setString(14, u.changedBy().or(u::createdBy).orElse(user.name()));
                st.setTimestamp(15, Timestamp.from(u.changedAt().orElse(created)));
                st.setString(16, u.project());
                st.setString(17, u.document());
                st.setString(18, u.segment());
                st.addBatch();
            }
            st.executeBatch();
            List<Long> ids = new ArrayList<>(units.size());
            try (ResultSet rs = st.getGeneratedKeys()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
            if (ids.size() != units.size()) {
                throw new IllegalStateException("inserted " + units.size() + " units, got " + ids.size() + " ids");
            }
            return ids;
        }
    }

    private void update(Connection c, long id, UnitInput u, Users.User user, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("update units set source_text = ?, target_text = ?,"
                + " source_content = ?::jsonb, target_content = ?::jsonb, source_key = ?, properties = ?::jsonb,"
                + " notes = ?::jsonb, changed_by = ?, changed_at = ?, project = coalesce(nullif(?, ''), project),"
                + " document = coalesce(nullif(?, ''), document), segment = coalesce(nullif(?, ''), segment) where id = ?")) {
            st.setString(1, u.source().plainText());
            st.setString(2, u.target().plainText());
            st.setString(3, ContentJson.write(json, u.source()));
            st.setString(4, ContentJson.write(json, u.target()));
            st.setString(5, LiveMemory.exactKey(u.source().plainText()));
            st.setString(6, toJson(u.properties()));
            st.setString(7, toJson(u.notes()));
            st.setString(8, u.changedBy().orElse(user.name()));
            st.setTimestamp(9, Timestamp.from(u.changedAt().orElse(now)));
            st.setString(10, u.project());
            st.setString(11, u.document());
            st.setString(12, u.segment());
            st.setLong(13, id);
            st.executeUpdate();
        }
    }

    /** One history row per written unit, with its text as written, in one statement. */
    private static void history(Connection c, Changes written, Users.User user, Instant now) throws SQLException {
        if (written.size() == 0) return;
        try (PreparedStatement st = c.prepareStatement("insert into unit_history (unit_id, memory_id, op, source_text,"
                + " target_text, target_content, changed_by, changed_at) select u.id, u.memory_id, x.op, u.source_text,"
                + " u.target_text, u.target_content, ?, ? from unnest(?::bigint[], ?::text[]) with ordinality as x(id, op, n)"
                + " join units u on u.id = x.id order by x.n")) {
            st.setString(1, user.name());
            st.setTimestamp(2, Timestamp.from(now));
            st.setArray(3, c.createArrayOf("bigint", written.ids(0, written.size())));
            st.setArray(4, c.createArrayOf("text", written.ops.toArray()));
            st.executeUpdate();
        }
    }

    /** The units of a memory whose source has this exact-match key, for a language pair (see {@link Languages}). */
    List<StoredUnit> exact(long memoryId, String key, String sourceLang, String targetLang) throws SQLException {
        return query("select " + UNIT_COLUMNS + " from units where memory_id = ? and source_key = ?"
                + " and (source_lang = ? or source_lang like ?) and (target_lang = ? or target_lang like ?) order by id limit 100",
                st -> {
                    st.setLong(1, memoryId);
                    st.setString(2, key);
                    st.setString(3, sourceLang);
                    st.setString(4, Languages.likePrefix(sourceLang));
                    st.setString(5, targetLang);
                    st.setString(6, Languages.likePrefix(targetLang));
                });
    }

    /** Units whose source or target contains {@code text} (case-insensitive), newest first. */
    List<StoredUnit> concordance(long memoryId, String text, int limit) throws SQLException {
        String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return query("select " + UNIT_COLUMNS + " from units where memory_id = ? and (source_text ilike ? or target_text ilike ?)"
                + " order by changed_at desc, id desc limit ?", st -> {
                    st.setLong(1, memoryId);
                    st.setString(2, like);
                    st.setString(3, like);
                    st.setInt(4, limit);
                });
    }

    /** The units with these ids that still exist, by id (one query). */
    Map<Long, StoredUnit> units(List<Long> ids) throws SQLException {
        Map<Long, StoredUnit> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        try (Connection c = db.getConnection();
             PreparedStatement st = c.prepareStatement("select " + UNIT_COLUMNS + " from units where id = any(?)")) {
            st.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    StoredUnit u = unit(rs);
                    out.put(u.id(), u);
                }
            }
        }
        return out;
    }


    /** The distinct {source, target} language pairs of a memory's units. */
    List<List<String>> pairs(long memoryId) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement(
                "select distinct source_lang, target_lang from units where memory_id = ? order by 1, 2")) {
            st.setLong(1, memoryId);
            List<List<String>> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(List.of(rs.getString(1), rs.getString(2)));
            }
            return out;
        }
    }

    /** Every unit of a memory in insertion order, streamed (a cursor: constant memory). */
    void forEach(long memoryId, Consumer<StoredUnit> sink) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement st = c.prepareStatement("select " + UNIT_COLUMNS + " from units where memory_id = ? order by id")) {
                st.setFetchSize(1000);
                st.setLong(1, memoryId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) sink.accept(unit(rs));
                }
            } finally {
                c.rollback();
            }
        }
    }

    private interface Binder {
        void bind(PreparedStatement st) throws SQLException;
    }

    private List<StoredUnit> query(String sql, Binder binder) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            binder.bind(st);
            List<StoredUnit> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(unit(rs));
            }
            return out;
        }
    }

    private StoredUnit unit(ResultSet rs) throws SQLException {
        return new StoredUnit(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                ContentJson.read(json, rs.getString(6)), ContentJson.read(json, rs.getString(7)),
                fromJson(rs.getString(8), new TypeReference<List<Map<String, String>>>() { }).stream()
                        .map(m -> new Property(m.get("type"), m.get("value"))).toList(),
                fromJson(rs.getString(9), new TypeReference<List<String>>() { }),
                rs.getString(10), rs.getTimestamp(11).toInstant(), rs.getString(12), rs.getTimestamp(13).toInstant(),
                rs.getString(14), rs.getString(15), rs.getString(16));
    }

    private String toJson(Object o) {
        try {
            if (o instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Property) {
                return json.writeValueAsString(l.stream().map(p -> Map.of("type", ((Property) p).type(),
                        "value", ((Property) p).value())).toList());
            }
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T fromJson(String s, TypeReference<T> type) {
        try {
            return json.readValue(s, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON unreadable: " + e.getMessage(), e);
        }
    }

}
