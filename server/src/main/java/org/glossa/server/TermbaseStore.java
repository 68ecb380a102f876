package org.glossa.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.Term;
import org.glossa.core.glossary.TermStatus;

/** Termbases in PostgreSQL: core's glossary model (concepts, terms per language) as rows. */
final class TermbaseStore {
    private final DataSource db;

    TermbaseStore(DataSource db) {
        this.db = db;
    }

    /** Creates or replaces the termbase's concepts in one transaction; returns the change number. */
    long replace(String name, Glossary g, Users.User user) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                long id;
                try (PreparedStatement st = c.prepareStatement("insert into termbases (name, created_by, changed_by)"
                        + " values (?, ?, ?) on conflict (name) do update set changed_by = excluded.changed_by,"
                        + " changed_at = now() returning id")) {
                    st.setString(1, name);
                    st.setString(2, user.name());
                    st.setString(3, user.name());
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        id = rs.getLong(1);
                    }
                }
                try (PreparedStatement st = c.prepareStatement("delete from concepts where termbase_id = ?")) {
                    st.setLong(1, id);
                    st.executeUpdate();
                }
                try (PreparedStatement pc = c.prepareStatement("insert into concepts (termbase_id, position, concept_id,"
                        + " definition, subject_field, do_not_translate) values (?, ?, ?, ?, ?, ?) returning id");
                     PreparedStatement pt = c.prepareStatement("insert into terms (concept_id, position, language, text,"
                             + " status, part_of_speech, note, case_sensitive, variants) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    int position = 0;
                    for (Concept concept : g.concepts()) {
                        pc.setLong(1, id);
                        pc.setInt(2, position++);
                        pc.setString(3, concept.id());
                        setOptional(pc, 4, concept.definition());
                        setOptional(pc, 5, concept.subjectField());
                        pc.setBoolean(6, concept.doNotTranslate());
                        long conceptRow;
                        try (ResultSet rs = pc.executeQuery()) {
                            rs.next();
                            conceptRow = rs.getLong(1);
                        }
                        int tp = 0;
                        for (Term t : concept.terms()) {
                            pt.setLong(1, conceptRow);
                            pt.setInt(2, tp++);
                            pt.setString(3, t.language());
                            pt.setString(4, t.text());
                            pt.setString(5, t.status().name());
                            setOptional(pt, 6, t.partOfSpeech());
                            setOptional(pt, 7, t.note());
                            pt.setBoolean(8, t.caseSensitive());
                            pt.setArray(9, c.createArrayOf("text", t.variants().toArray()));
                            pt.addBatch();
                        }
                    }
                    pt.executeBatch();
                }
                long seq = Outbox.append(c, "termbase", "replace", Outbox.Subject.termbase(id));
                c.commit();
                return seq;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    Optional<String> name(long termbaseId) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement st = c.prepareStatement("select name from termbases where id = ?")) {
            st.setLong(1, termbaseId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** The whole termbase, concepts and terms in their stored order. */
    Optional<Glossary> read(String name) throws SQLException {
        return read(name, Optional.empty());
    }

    /**
     * The concepts that have a term containing {@code text} (case-insensitive), each with all its terms.
     */
    Optional<Glossary> search(String name, String text) throws SQLException {
        return read(name, Optional.of(text));
    }

    private Optional<Glossary> read(String name, Optional<String> filter) throws SQLException {
        try (Connection c = db.getConnection()) {
            long id;
            try (PreparedStatement st = c.prepareStatement("select id from termbases where name = ?")) {
                st.setString(1, name);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    id = rs.getLong(1);
                }
            }
            String where = filter.isEmpty() ? "" : " and c.id in (select t2.concept_id from terms t2 join concepts c2"
                    + " on c2.id = t2.concept_id where c2.termbase_id = ? and t2.text ilike ?)";
            Map<Long, ConceptRow> concepts = new LinkedHashMap<>();
            try (PreparedStatement st = c.prepareStatement("select c.id, c.concept_id, c.definition, c.subject_field,"
                    + " c.do_not_translate, t.language, t.text, t.status, t.part_of_speech, t.note, t.case_sensitive,"
                    + " t.variants from concepts c left join terms t on t.concept_id = c.id where c.termbase_id = ?" + where
                    + " order by c.position, t.position limit 100000")) {
                st.setLong(1, id);
                if (filter.isPresent()) {
                    st.setLong(2, id);
                    st.setString(3, "%" + filter.get().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        ConceptRow row = concepts.computeIfAbsent(rs.getLong(1), k -> new ConceptRow());
                        row.id = rs.getString(2);
                        row.definition = Optional.ofNullable(rs.getString(3));
                        row.subject = Optional.ofNullable(rs.getString(4));
                        row.dnt = rs.getBoolean(5);
                        if (rs.getString(6) != null) {
                            row.terms.add(new Term(rs.getString(7), rs.getString(6), TermStatus.valueOf(rs.getString(8)),
                                    Optional.ofNullable(rs.getString(9)), Optional.ofNullable(rs.getString(10)),
                                    rs.getBoolean(11), variants(rs.getArray(12))));
                        }
                    }
                }
            }
            List<Concept> out = new ArrayList<>();
            for (ConceptRow r : concepts.values()) out.add(new Concept(r.id, r.definition, r.subject, r.dnt, r.terms));
            return Optional.of(new Glossary(name, out));
        }
    }

    private static final class ConceptRow {
        String id;
        Optional<String> definition;
        Optional<String> subject;
        boolean dnt;
        final List<Term> terms = new ArrayList<>();
    }

    private static void setOptional(PreparedStatement st, int i, Optional<String> v) throws SQLException {
        if (v.isPresent()) st.setString(i, v.get());
        else st.setNull(i, Types.VARCHAR);
    }

    /** A term's variants as stored (a text array; empty for terms written before variants were kept). */
    private static List<String> variants(java.sql.Array array) throws SQLException {
        if (array == null) return List.of();
        try {
            return List.of((String[]) array.getArray());
        } finally {
            array.free();
        }
    }
}
