package org.glossa.core.glossary.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glossa.core.InputException;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.lang.LanguageTags;
import org.glossa.core.glossary.Term;
import org.glossa.core.glossary.TermStatus;
import org.glossa.core.glossary.io.Columns.Attribute;
import org.glossa.core.glossary.io.Columns.AttributeColumn;
import org.glossa.core.glossary.io.Columns.Column;
import org.glossa.core.glossary.io.Columns.TermColumn;
import org.glossa.core.glossary.io.DelimitedParser.Field;
import org.glossa.core.glossary.io.DelimitedParser.Row;

/**
 * CSV and TSV glossaries with a header row (see {@link Columns}), and OmegaT's headerless glossaries
 * ({@code source<TAB>target[<TAB>comment]}, {@code #} comment lines; the same with commas).
 *
 * <p>The delimiter is the one (tab, semicolon, comma) that makes the first line a header; without a header it
 * is a tab if the first line has one, else a semicolon if it has semicolons and no commas, else a comma.
 * Quotes are honoured except in headerless tab files (OmegaT writes none).
 *
 * <p>One row is one concept, except that a row joins the concept of the row before it when
 * <ul>
 *   <li>its {@code id} cell repeats that concept's id (how Glossa writes synonyms and variants), or, without an id,</li>
 *   <li>its source (first language) cell is empty ({@code ,Email,forbidden} after {@code e-mail,E-Mail}), or</li>
 *   <li>its source term is the previous row's and its target terms are forbidden
 *       ({@code e-mail,Email,forbidden}): a forbidden target variant of the same concept.</li>
 * </ul>
 */
final class DelimitedReader {
    private final String fileName;
    private final Columns columns;
    private final List<ConceptBuilder> concepts = new ArrayList<>();

    private DelimitedReader(String fileName, Columns columns) {
        this.fileName = fileName;
        this.columns = columns;
    }

    static Glossary read(String text, String fileName, Optional<String> sourceLanguage, Optional<String> targetLanguage) {
        Optional<String> firstLine = text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst();
        if (firstLine.isEmpty()) return new Glossary(fileName, List.of());
        int firstLineNumber = text.lines().toList().indexOf(firstLine.get()) + 1;
        for (char d : new char[] {'\t', ';', ','}) {
            if (firstLine.get().indexOf(d) < 0) continue;
            Optional<Row> candidate = DelimitedParser.headerCandidate(firstLine.get(), d, fileName);
            if (candidate.isEmpty()) continue;
            Row row = candidate.get();
            row = new Row(firstLineNumber, row.fields().stream()
                    .map(f -> new Field(f.value(), firstLineNumber, f.column(), f.quoted())).toList(), row.endColumn());
            Optional<Columns> header = Columns.header(row, sourceLanguage, targetLanguage, fileName);
            if (header.isPresent()) {
                return new DelimitedReader(fileName, header.get()).withHeader(DelimitedParser.parse(text, d, true, fileName));
            }
        }
        String line = firstLine.get();
        if (sourceLanguage.isEmpty() || targetLanguage.isEmpty()) {
            throw new InputException(fileName, firstLineNumber, 1, "no header row with language codes (such as 'en,de' "
                    + "or 'en<TAB>de'), and no source and target languages given; a headerless glossary (OmegaT) needs them", null);
        }
        char d = line.indexOf('\t') >= 0 ? '\t' : line.indexOf(';') >= 0 && line.indexOf(',') < 0 ? ';' : ',';
        if (line.indexOf(d) < 0) {
            throw new InputException(fileName, firstLineNumber, 1,
                    "not a glossary: the first line has no tab, comma or semicolon between a term and its translation", null);
        }
        Columns omegat = Columns.omegat(LanguageTags.canonical(sourceLanguage.get()), LanguageTags.canonical(targetLanguage.get()));
        return new DelimitedReader(fileName, omegat).headerless(DelimitedParser.parse(text, d, d != '\t', fileName));
    }

    private Glossary withHeader(List<Row> rows) {
        boolean headerSeen = false;
        for (Row row : rows) {
            if (!headerSeen) {
                headerSeen = !row.blank() && !row.comment();
                continue;
            }
            if (row.blank()) continue;
            if (row.fields().size() != columns.columns().size()) {
                int n = row.fields().size();
                int m = columns.columns().size();
                int column = n > m ? row.fields().get(m).column() : row.endColumn();
                throw new InputException(fileName, row.line(), column,
                        "row has " + n + " field" + (n == 1 ? "" : "s") + ", the header has " + m, null);
            }
            dataRow(row);
        }
        return glossary();
    }

    private Glossary headerless(List<Row> rows) {
        for (Row row : rows) {
            if (row.blank() || row.comment()) continue;
            int n = row.fields().size();
            if (n < 2 || n > 3) {
                int column = n > 3 ? row.fields().get(3).column() : row.endColumn();
                throw new InputException(fileName, row.line(), column, "line has " + n + " field" + (n == 1 ? "" : "s")
                        + "; a headerless glossary line is source, target and an optional comment", null);
            }
            if (row.fields().get(0).value().isBlank()) {
                throw new InputException(fileName, row.line(), 1, "empty source term", null);
            }
            List<Field> fields = new ArrayList<>(row.fields());
            while (fields.size() < 3) fields.add(new Field("", row.line(), row.endColumn(), false));
            ConceptBuilder c = new ConceptBuilder("c" + (concepts.size() + 1));
            c.terms.addAll(terms(new Row(row.line(), fields, row.endColumn())));
            concepts.add(c);
        }
        return glossary();
    }

    private Glossary glossary() {
        List<Concept> out = concepts.stream().map(ConceptBuilder::build).toList();
        return new Glossary(fileName, out);
    }

    private void dataRow(Row row) {
        List<Term> terms = terms(row);
        String id = cell(row, Attribute.ID).map(Field::value).map(String::trim).orElse("");
        String source = sourceCell(row);
        ConceptBuilder current = concepts.isEmpty() ? null : concepts.get(concepts.size() - 1);
        boolean join = current != null && (id.isEmpty() ? source.isEmpty() || forbiddenVariant(current, source, terms)
                : id.equals(current.id));
        ConceptBuilder c = current;
        if (!join) {
            c = new ConceptBuilder(id.isEmpty() ? "c" + (concepts.size() + 1) : id);
            concepts.add(c);
        }
        for (Term t : terms) {
            boolean present = c.terms.stream().anyMatch(e -> e.language().equals(t.language()) && e.text().equals(t.text()));
            if (!present) c.terms.add(t);
        }
        ConceptBuilder target = c;
        cell(row, Attribute.DEFINITION).ifPresent(f -> target.definitionIfAbsent(f.value().strip()));
        cell(row, Attribute.SUBJECT).ifPresent(f -> target.subjectFieldIfAbsent(f.value().strip()));
        cell(row, Attribute.DNT).ifPresent(f -> target.doNotTranslate |= bool(f));
    }

    private boolean forbiddenVariant(ConceptBuilder current, String source, List<Term> rowTerms) {
        String sourceLanguage = columns.termColumns().get(0).language();
        boolean sameSource = current.terms.stream().anyMatch(t -> t.language().equals(sourceLanguage) && t.text().equals(source));
        List<Term> targets = rowTerms.stream().filter(t -> !t.language().equals(sourceLanguage)).toList();
        return sameSource && !targets.isEmpty() && targets.stream().allMatch(t -> t.status().isForbidden());
    }

    private String sourceCell(Row row) {
        TermColumn first = columns.termColumns().get(0);
        return row.fields().get(columns.columns().indexOf(first)).value().trim();
    }

    /** The terms of a row, with the attributes that apply to each. */
    private List<Term> terms(Row row) {
        List<TermColumn> termColumns = columns.termColumns();
        List<Term> out = new ArrayList<>();
        for (int k = 0; k < termColumns.size(); k++) {
            TermColumn tc = termColumns.get(k);
            String text = row.fields().get(columns.columns().indexOf(tc)).value().strip();
            if (text.isEmpty()) continue;
            boolean target = k > 0 || termColumns.size() == 1;
            Optional<Field> status = attribute(row, Attribute.STATUS, tc.language(), target);
            Optional<Field> pos = attribute(row, Attribute.POS, tc.language(), true);
            Optional<Field> note = attribute(row, Attribute.NOTE, tc.language(), target);
            Optional<Field> kase = attribute(row, Attribute.CASE, tc.language(), true);
            Optional<Field> variants = attribute(row, Attribute.VARIANTS, tc.language(), target);
            out.add(new Term(text, tc.language(), status.map(this::status).orElse(TermStatus.UNSPECIFIED),
                    pos.map(f -> f.value().strip()), note.map(f -> f.value().strip()), kase.map(this::bool).orElse(false),
                    variants.map(f -> variants(f.value())).orElse(List.of())));
        }
        // OmegaT: a comment on a line without a target belongs to the source term
        if (out.size() == 1 && termColumns.size() > 1 && out.get(0).language().equals(termColumns.get(0).language())) {
            Optional<Field> note = attribute(row, Attribute.NOTE, termColumns.get(0).language(), true);
            Term t = out.get(0);
            if (t.note().isEmpty() && note.isPresent()) {
                out.set(0, new Term(t.text(), t.language(), t.status(), t.partOfSpeech(), note.map(f -> f.value().strip()),
                        t.caseSensitive(), t.variants()));
            }
        }
        return out;
    }

    /** The non-empty cell of a language-scoped column, else of the unscoped one when {@code unscopedApplies}. */
    private Optional<Field> attribute(Row row, Attribute attribute, String language, boolean unscopedApplies) {
        Optional<Field> scoped = Optional.empty();
        Optional<Field> unscoped = Optional.empty();
        for (int i = 0; i < columns.columns().size(); i++) {
            Column col = columns.columns().get(i);
            Field f = row.fields().get(i);
            if (!(col instanceof AttributeColumn a) || a.attribute() != attribute || f.value().isBlank()) continue;
            if (a.language().isEmpty()) unscoped = Optional.of(f);
            else if (a.language().get().equalsIgnoreCase(language)
                    || scoped.isEmpty() && LanguageTags.matches(a.language().get(), language)) scoped = Optional.of(f);
        }
        return scoped.isPresent() ? scoped : unscopedApplies ? unscoped : Optional.empty();
    }

    /** The non-empty cell of an unscoped column. */
    private Optional<Field> cell(Row row, Attribute attribute) {
        for (int i = 0; i < columns.columns().size(); i++) {
            if (columns.columns().get(i) instanceof AttributeColumn a && a.attribute() == attribute && a.language().isEmpty()
                    && !row.fields().get(i).value().isBlank()) {
                return Optional.of(row.fields().get(i));
            }
        }
        return Optional.empty();
    }

    /** "russisch; russländisch" gives both forms. */
    static List<String> variants(String cell) {
        return java.util.Arrays.stream(cell.split(";")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private TermStatus status(Field f) {
        return TbxReader.status(f.value()).orElseThrow(() -> new InputException(fileName, f.line(), f.column(),
                "unknown status '" + f.value().strip() + "' (use preferred, admitted, forbidden, deprecated or superseded)", null));
    }

    private boolean bool(Field f) {
        return Flags.parseBoolean(f.value()).orElseThrow(() -> new InputException(fileName, f.line(), f.column(),
                "expected yes or no, found '" + f.value().strip() + "'", null));
    }
}
