package org.glossa.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glossa.core.tm.index.LiveMemory;
import org.glossa.core.tmx.Property;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A TMX import as a bulk write (decision 0022): the units are streamed into a temporary staging table with
 * PostgreSQL's {@code COPY}, and a few set-based statements then decide what each input does (insert, update,
 * unchanged: the same as writing them one by one, in file order, see {@link MemoryStore#write}), write the units,
 * one history row per inserted or updated unit, an {@code imports} row (who imported which file, with the counts)
 * and <em>one</em> outbox change for the whole import. The index feeder reads the import's units by their
 * {@code import_id}, and clients get one summarising event. Everything happens in one transaction: a failed or
 * killed import leaves nothing behind (the staging tables are dropped with it).
 *
 * <p>Two rare cases are not decided set-wise, because their result depends on the order of the writes across
 * identities: a unit without tuid whose texts equal those of a unit with a tuid earlier in the same file, and two
 * inputs of the file that match the same existing unit (one by tuid, one by text). For these, {@link #write}
 * answers empty and the caller writes the file unit by unit.
 */
final class BulkImport {
    /** Columns of the staging table, in the order the rows are copied. */
    private static final String STAGE_COLUMNS = "n, tuid, source_lang, target_lang, source_text, target_text,"
            + " source_content, target_content, source_key, properties, notes, created_by, created_at,"
            + " changed_by_insert, changed_at_insert, changed_by_update, changed_at_update, project, document, segment";

    private final ObjectMapper json;

    BulkImport(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Writes the units into memory {@code memoryId} on {@code c} (in the caller's transaction, which commits or
     * rolls back); empty when the file has one of the order-dependent cases (the caller then rolls back and writes
     * unit by unit).
     */
    Optional<MemoryStore.WriteResult> write(Connection c, long memoryId, Iterable<UnitInput> units, String document,
                                            Users.User user, Instant now) throws SQLException {
        try (Statement st = c.createStatement()) {
            // sorts and hashes of a big import in memory rather than in temporary files (per transaction)
            st.execute("set local work_mem = '64MB'");
            st.execute("create temp table import_stage (n bigint, tuid text, source_lang text, target_lang text,"
                    + " source_text text, target_text text, source_content jsonb, target_content jsonb, source_key text,"
                    + " properties jsonb, notes jsonb, created_by text, created_at timestamptz, changed_by_insert text,"
                    + " changed_at_insert timestamptz, changed_by_update text, changed_at_update timestamptz, project text,"
                    + " document text, segment text) on commit drop");
        }
        long rows = copy(c, units, user, now);
        if (rows == 0) return Optional.of(new MemoryStore.WriteResult(0, 0, 0, 0));
        try (Statement st = c.createStatement()) {
            st.execute("analyze import_stage");
            if (exists(st, "select exists (select 1 from import_stage a join import_stage b on a.tuid = '' and b.tuid <> ''"
                    + " and b.n < a.n and a.source_key = b.source_key and a.source_lang = b.source_lang"
                    + " and a.target_lang = b.target_lang and a.source_text = b.source_text and a.target_text = b.target_text)")) {
                return Optional.empty();
            }
            // each input's identity group (g: the group's first input), and whether it repeats the input before it
            st.execute("create temp table import_rows on commit drop as select n, first_value(n) over w as g,"
                    + " lag(n) over w as prev_n, coalesce(lag(source_content) over w = source_content"
                    + " and lag(target_content) over w = target_content, false) as same from import_stage"
                    + " window w as (partition by source_lang, target_lang, tuid, case when tuid = '' then source_text end,"
                    + " case when tuid = '' then target_text end order by n)");
            st.execute("create temp table import_existing (g bigint primary key, id bigint not null,"
                    + " source_content jsonb not null, target_content jsonb not null) on commit drop");
        }
        if (hasUnits(c, memoryId)) {
            // the unit a group replaces (same tuid and pair) or repeats (no tuid: the oldest with the same texts)
            update(c, "insert into import_existing select s.n, u.id, u.source_content, u.target_content"
                    + " from import_stage s join import_rows r on r.n = s.n and r.g = s.n join units u on u.memory_id = ?"
                    + " and u.source_lang = s.source_lang and u.target_lang = s.target_lang and u.tuid = s.tuid"
                    + " where s.tuid <> '' and u.tuid <> ''", memoryId);
            update(c, "insert into import_existing select distinct on (s.n) s.n, u.id, u.source_content, u.target_content"
                    + " from import_stage s join import_rows r on r.n = s.n and r.g = s.n join units u on u.memory_id = ?"
                    + " and u.source_key = s.source_key and u.source_lang = s.source_lang and u.target_lang = s.target_lang"
                    + " and u.source_text = s.source_text and u.target_text = s.target_text where s.tuid = '' order by s.n, u.id",
                    memoryId);
            try (Statement st = c.createStatement()) {
                if (exists(st, "select exists (select 1 from import_existing group by id having count(*) > 1)")) {
                    return Optional.empty();
                }
            }
        }
        int added;
        int updated;
        int unchanged;
        try (Statement st = c.createStatement()) {
            st.execute("create temp table import_ops on commit drop as select r.n, r.g, case"
                    + " when r.prev_n is not null then case when r.same then 'unchanged' else 'update' end"
                    + " when e.id is null then 'insert'"
                    + " when e.source_content = s.source_content and e.target_content = s.target_content then 'unchanged'"
                    + " else 'update' end as op"
                    + " from import_rows r join import_stage s on s.n = r.n left join import_existing e on e.g = r.g");
            try (ResultSet rs = st.executeQuery("select count(*) filter (where op = 'insert'),"
                    + " count(*) filter (where op = 'update'), count(*) filter (where op = 'unchanged') from import_ops")) {
                rs.next();
                added = rs.getInt(1);
                updated = rs.getInt(2);
                unchanged = rs.getInt(3);
            }
            if (added + updated == 0) return Optional.of(new MemoryStore.WriteResult(0, 0, unchanged, 0));
            // the groups that write: their unit (existing, or a new id in file order) and their last written input
            st.execute("create temp table import_groups on commit drop as select g, existing_id, last_n,"
                    + " case when existing_id is null then nextval(pg_get_serial_sequence('units', 'id')) else existing_id end as unit_id"
                    + " from (select o.g, e.id as existing_id, max(o.n) filter (where o.op <> 'unchanged') as last_n"
                    + " from import_ops o left join import_existing e on e.g = o.g group by o.g, e.id"
                    + " having bool_or(o.op <> 'unchanged') order by o.g) x");
        }
        long importId;
        try (PreparedStatement st = c.prepareStatement("insert into imports (memory_id, document, imported_by, imported_at,"
                + " added, updated, unchanged) values (?, ?, ?, ?, ?, ?, ?) returning id")) {
            st.setLong(1, memoryId);
            st.setString(2, document);
            st.setString(3, user.name());
            st.setTimestamp(4, Timestamp.from(now));
            st.setInt(5, added);
            st.setInt(6, updated);
            st.setInt(7, unchanged);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                importId = rs.getLong(1);
            }
        }
        // new units: created as their group's first input, written as its last one (insert, then updates)
        update(c, "insert into units (id, memory_id, tuid, source_lang, target_lang, source_text, target_text,"
                + " source_content, target_content, source_key, properties, notes, created_by, created_at, changed_by,"
                + " changed_at, project, document, segment, import_id) select gr.unit_id, ?, f.tuid, f.source_lang,"
                + " f.target_lang, l.source_text, l.target_text, l.source_content, l.target_content, l.source_key,"
                + " l.properties, l.notes, f.created_by, f.created_at,"
                + " case when l.n = f.n then l.changed_by_insert else l.changed_by_update end,"
                + " case when l.n = f.n then l.changed_at_insert else l.changed_at_update end,"
                + " coalesce(nullif(l.project, ''), f.project), coalesce(nullif(l.document, ''), f.document),"
                + " coalesce(nullif(l.segment, ''), f.segment), ? from import_groups gr join import_stage f on f.n = gr.g"
                + " join import_stage l on l.n = gr.last_n where gr.existing_id is null order by gr.unit_id", memoryId, importId);
        update(c, "update units u set source_text = l.source_text, target_text = l.target_text,"
                + " source_content = l.source_content, target_content = l.target_content, source_key = l.source_key,"
                + " properties = l.properties, notes = l.notes, changed_by = l.changed_by_update,"
                + " changed_at = l.changed_at_update, project = coalesce(nullif(l.project, ''), u.project),"
                + " document = coalesce(nullif(l.document, ''), u.document),"
                + " segment = coalesce(nullif(l.segment, ''), u.segment), import_id = ?"
                + " from import_groups gr join import_stage l on l.n = gr.last_n"
                + " where gr.existing_id is not null and u.id = gr.existing_id", importId);
        try (PreparedStatement st = c.prepareStatement("insert into unit_history (unit_id, memory_id, op, source_text,"
                + " target_text, target_content, changed_by, changed_at) select gr.unit_id, ?, o.op, s.source_text,"
                + " s.target_text, s.target_content, ?, ? from import_ops o join import_groups gr on gr.g = o.g"
                + " join import_stage s on s.n = o.n where o.op <> 'unchanged' order by o.n")) {
            st.setLong(1, memoryId);
            st.setString(2, user.name());
            st.setTimestamp(3, Timestamp.from(now));
            st.executeUpdate();
        }
        long seq = Outbox.append(c, "import", "import", Outbox.Subject.memory(memoryId), Outbox.Subject.imported(importId));
        return Optional.of(new MemoryStore.WriteResult(added, updated, unchanged, seq));
    }

    private static boolean hasUnits(Connection c, long memoryId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select exists (select 1 from units where memory_id = ?)")) {
            st.setLong(1, memoryId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static boolean exists(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static void update(Connection c, String sql, long... params) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) st.setLong(i + 1, params[i]);
            st.executeUpdate();
        }
    }

    /** Streams the inputs into the staging table (COPY, text format); returns how many. */
    private long copy(Connection c, Iterable<UnitInput> units, Users.User user, Instant now) throws SQLException {
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy import_stage (" + STAGE_COLUMNS + ") from stdin");
        long n = 0;
        try {
            StringBuilder row = new StringBuilder(1 << 17);
            for (UnitInput u : units) {
                Instant created = u.createdAt().orElse(now);
                field(row, Long.toString(++n));
                field(row, u.tuid());
                field(row, u.sourceLang());
                field(row, u.targetLang());
                field(row, u.source().plainText());
                field(row, u.target().plainText());
                field(row, ContentJson.write(json, u.source()));
                field(row, ContentJson.write(json, u.target()));
                field(row, LiveMemory.exactKey(u.source().plainText()));
                field(row, properties(u.properties()));
                field(row, strings(u.notes()));
                field(row, u.createdBy().orElse(user.name()));
                field(row, created.toString());
                field(row, u.changedBy().or(u::createdBy).orElse(user.name()));
                field(row, u.changedAt().orElse(created).toString());
                field(row, u.changedBy().orElse(user.name()));
                field(row, u.changedAt().orElse(now).toString());
                field(row, u.project());
                field(row, u.document());
                field(row, u.segment());
                row.setCharAt(row.length() - 1, '\n');
                if (row.length() > 1 << 16) {
                    send(copy, row);
                }
            }
            send(copy, row);
            copy.endCopy();
            return n;
        } finally {
            if (copy.isActive()) copy.cancelCopy();
        }
    }

    private static void send(CopyIn copy, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    /** Appends a value in COPY's text format and a tab. */
    private static void field(StringBuilder row, String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(ch);
            }
        }
        row.append('\t');
    }

    private String properties(List<Property> properties) {
        return write(properties.stream().map(p -> Map.of("type", p.type(), "value", p.value())).toList());
    }

    private String strings(List<String> values) {
        return write(values);
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
