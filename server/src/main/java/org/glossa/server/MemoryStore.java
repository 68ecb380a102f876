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
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private final DataSource db;
    private final ObjectMapper json;

    MemoryStore(DataSource db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    Optional<Long> memoryId(String name) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement st = c.prepareStatement("select id from memories where name = ?")) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
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
     * Adds or updates units in one transaction.
     *
     * @param create      create the memory when it does not exist (else 404)
     * @param mayUpdate   whether existing units may be changed (else 403 when one would be)
     */
    WriteResult write(String memory, List<UnitInput> units, Users.User user, boolean create, boolean mayUpdate)
            throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                long memoryId = memoryFor(c, memory, user, create);
                int added = 0, updated = 0, unchanged = 0;
                List<long[]> changes = new ArrayList<>();
                Instant now = Instant.now();
                for (UnitInput u : units) {
                    Optional<long[]> existing = find(c, memoryId, u);
                    if (existing.isEmpty()) {
                        long id = insert(c, memoryId, u, user, now);
                        history(c, id, memoryId, "insert", u, user, now);
                        changes.add(new long[]{id, 0});
                        added++;
                    } else if (existing.get()[1] == 1) {
                        unchanged++;
                    } else {
                        if (!mayUpdate) {
                            throw ApiException.forbidden("changing an existing unit (tuid " + u.tuid()
                                    + ") needs the reviewer role");
                        }
                        long id = existing.get()[0];
                        update(c, id, u, user, now);
                        history(c, id, memoryId, "update", u, user, now);
                        changes.add(new long[]{id, 1});
                        updated++;
                    }
                }
                long last = 0;
                if (!changes.isEmpty()) {
                    Outbox.lock(c);
                    try (PreparedStatement st = c.prepareStatement(
                            "insert into changes (kind, op, memory_id, unit_id) values ('unit', ?, ?, ?) returning seq")) {
                        for (long[] ch : changes) {
                            st.setString(1, ch[1] == 0 ? "insert" : "update");
                            st.setLong(2, memoryId);
                            st.setLong(3, ch[0]);
                            try (ResultSet rs = st.executeQuery()) {
                                rs.next();
                                last = rs.getLong(1);
                            }
                        }
                    }
                }
                c.commit();
                return new WriteResult(added, updated, unchanged, last);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
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
                Outbox.lock(c);
                long seq;
                try (PreparedStatement st = c.prepareStatement("insert into changes (kind, op, memory_id, unit_id)"
                        + " values ('unit', 'delete', ?, ?) returning seq")) {
                    st.setLong(1, memoryId);
                    st.setLong(2, unitId);
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        seq = rs.getLong(1);
                    }
                }
                c.commit();
                return Optional.of(seq);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
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

    /** {id, 1 when identical} of the unit this input would replace or repeat. */
    private Optional<long[]> find(Connection c, long memoryId, UnitInput u) throws SQLException {
        String sql = u.tuid().isEmpty()
                ? "select id, target_content, source_content from units where memory_id = ? and source_lang = ? and target_lang = ?"
                + " and source_key = ? and source_text = ? and target_text = ? limit 1"
                : "select id, target_content, source_content from units where memory_id = ? and source_lang = ? and target_lang = ?"
                + " and tuid = ? for update";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, memoryId);
            st.setString(2, u.sourceLang());
            st.setString(3, u.targetLang());
            if (u.tuid().isEmpty()) {
                st.setString(4, LiveMemory.exactKey(u.source().plainText()));
                st.setString(5, u.source().plainText());
                st.setString(6, u.target().plainText());
            } else {
                st.setString(4, u.tuid());
            }
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                boolean same = ContentJson.read(json, rs.getString(2)).equals(u.target())
                        && ContentJson.read(json, rs.getString(3)).equals(u.source());
                return Optional.of(new long[]{rs.getLong(1), same ? 1 : 0});
            }
        }
    }

    private long insert(Connection c, long memoryId, UnitInput u, Users.User user, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("insert into units (memory_id, tuid, source_lang, target_lang,"
                + " source_text, target_text, source_content, target_content, source_key, properties, notes, created_by,"
                + " created_at, changed_by, changed_at, project, document, segment) values (?, ?, ?, ?, ?, ?, ?::jsonb,"
                + " ?::jsonb, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?) returning id")) {
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
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
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

    private void history(Connection c, long unitId, long memoryId, String op, UnitInput u, Users.User user, Instant now)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("insert into unit_history (unit_id, memory_id, op, source_text,"
                + " target_text, target_content, changed_by, changed_at) values (?, ?, ?, ?, ?, ?::jsonb, ?, ?)")) {
            st.setLong(1, unitId);
            st.setLong(2, memoryId);
            st.setString(3, op);
            st.setString(4, u.source().plainText());
            st.setString(5, u.target().plainText());
            st.setString(6, ContentJson.write(json, u.target()));
            st.setString(7, user.name());
            st.setTimestamp(8, Timestamp.from(now));
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

    Optional<StoredUnit> unit(long id) throws SQLException {
        List<StoredUnit> u = query("select " + UNIT_COLUMNS + " from units where id = ?", st -> st.setLong(1, id));
        return u.stream().findFirst();
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
