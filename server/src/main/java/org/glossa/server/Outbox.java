package org.glossa.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The change sequence ({@code changes} table) that feeds the fuzzy indexes and the event stream.
 *
 * <p>A sequence number is taken when a row is inserted but becomes visible when its transaction commits, so a
 * reader that saw 11 could later see 10 appear and skip it. Writers therefore take a transaction-scoped advisory
 * lock ({@link #lock}) just before inserting their change rows: the next writer's numbers are drawn only after the
 * previous writer committed, so numbers become visible in order and "everything after N" is a complete read.
 */
final class Outbox {
    /** The advisory lock key of the outbox ("glossa" in ASCII). */
    private static final long LOCK = 0x676c6f737361L;

    /**
     * One change: a unit inserted/updated/deleted (kind {@code unit}), a termbase replaced ({@code termbase}), or a
     * bulk import ({@code import}: its units carry {@code importId}, see {@link BulkImport}; op {@code import} when it
     * was written, op {@code indexed} when the feeder has made all of it searchable, see {@link #importIndexed}).
     */
    record Change(long seq, String kind, String op, Optional<Long> memoryId, Optional<Long> unitId,
                  Optional<Long> termbaseId, Optional<Long> importId) {
    }

    private final DataSource db;

    Outbox(DataSource db) {
        this.db = db;
    }

    /** Serialises change writers until the end of the transaction on {@code c}. */
    static void lock(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
            st.setLong(1, LOCK);
            st.execute();
        }
    }

    /** What a change is about: a memory, a unit, a termbase or an import, by id. */
    record Subject(String column, long id) {
        private static final List<String> COLUMNS = List.of("memory_id", "unit_id", "termbase_id", "import_id");

        Subject {
            if (!COLUMNS.contains(column)) throw new IllegalArgumentException("not a change column: " + column);
        }

        static Subject memory(long id) {
            return new Subject("memory_id", id);
        }

        static Subject unit(long id) {
            return new Subject("unit_id", id);
        }

        static Subject termbase(long id) {
            return new Subject("termbase_id", id);
        }

        static Subject imported(long id) {
            return new Subject("import_id", id);
        }
    }

    /**
     * Appends one change in the transaction on {@code c}, after taking the outbox {@link #lock} (so change numbers
     * become visible in order), and returns its number.
     */
    static long append(Connection c, String kind, String op, Subject... subjects) throws SQLException {
        lock(c);
        StringBuilder columns = new StringBuilder("kind, op");
        StringBuilder values = new StringBuilder("?, ?");
        for (Subject s : subjects) {
            columns.append(", ").append(s.column());
            values.append(", ?");
        }
        try (PreparedStatement st = c.prepareStatement("insert into changes (" + columns + ") values (" + values
                + ") returning seq")) {
            st.setString(1, kind);
            st.setString(2, op);
            for (int i = 0; i < subjects.length; i++) st.setLong(3 + i, subjects[i].id());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Marks the bulk import {@code importId} as indexed: one change ({@code import}, op {@code indexed}) after every
     * change the feeder has seen, whose event tells the clients the import is searchable. Appended once: a feeder
     * that indexes the import again (a restart before its indexes were committed) gets the change already there.
     *
     * @return the change's number
     */
    long importIndexed(long memoryId, long importId) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                lock(c);
                long seq;
                try (PreparedStatement st = c.prepareStatement("select seq from changes where kind = 'import'"
                        + " and op = 'indexed' and import_id = ?")) {
                    st.setLong(1, importId);
                    try (ResultSet rs = st.executeQuery()) {
                        seq = rs.next() ? rs.getLong(1)
                                : append(c, "import", "indexed", Subject.memory(memoryId), Subject.imported(importId));
                    }
                }
                c.commit();
                return seq;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** The newest change number (0 when none). */
    long last() throws SQLException {
        try (Connection c = db.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select coalesce(max(seq), 0) from changes")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Changes after {@code seq}, oldest first, at most {@code limit}. */
    List<Change> after(long seq, int limit) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement(
                "select seq, kind, op, memory_id, unit_id, termbase_id, import_id from changes where seq > ? order by seq limit ?")) {
            st.setLong(1, seq);
            st.setInt(2, limit);
            List<Change> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Change(rs.getLong(1), rs.getString(2), rs.getString(3), optional(rs, 4), optional(rs, 5),
                            optional(rs, 6), optional(rs, 7)));
                }
            }
            return out;
        }
    }

    private static Optional<Long> optional(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }
}
