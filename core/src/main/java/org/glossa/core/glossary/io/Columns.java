package org.glossa.core.glossary.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glossa.core.InputException;
import org.glossa.core.lang.LanguageTags;

/**
 * The columns of a delimited glossary, from its header row.
 *
 * <p>A header cell is a language code ({@code en}, {@code de-DE}, {@code en_US}: a term column), or one of
 * {@code id}, {@code definition}, {@code subject} (subject field, domain), {@code note} (comment, remark),
 * {@code pos} (part of speech), {@code status}, {@code dnt} (do not translate), {@code case} (case sensitive),
 * {@code variants} (derived and related forms of the term, separated by ";": "russisch", "EU-"),
 * optionally scoped to a language: {@code de status}, {@code de-DE note}, {@code en pos}, {@code en case}.
 * {@code source}/{@code target} (or {@code term}/{@code translation}) are term columns for languages given by
 * the caller. Column names win over language codes: {@code id} is the id column, so write Indonesian as
 * {@code id-ID} or {@code ind}. Unscoped note and status apply to the target terms (all term columns after the first; the only
 * one in a one-language list), unscoped pos and case to every term in the row.
 */
record Columns(List<Column> columns) {
    enum Attribute { ID, DEFINITION, SUBJECT, NOTE, POS, STATUS, DNT, CASE, VARIANTS }

    sealed interface Column permits TermColumn, AttributeColumn {
    }

    record TermColumn(String language) implements Column {
    }

    /** {@code language} is empty for an unscoped column. */
    record AttributeColumn(Attribute attribute, Optional<String> language) implements Column {
    }

    private static final Map<String, Attribute> NAMES = Map.ofEntries(
            Map.entry("id", Attribute.ID), Map.entry("conceptid", Attribute.ID), Map.entry("entryid", Attribute.ID),
            Map.entry("definition", Attribute.DEFINITION),
            Map.entry("subject", Attribute.SUBJECT), Map.entry("subjectfield", Attribute.SUBJECT),
            Map.entry("domain", Attribute.SUBJECT),
            Map.entry("note", Attribute.NOTE), Map.entry("notes", Attribute.NOTE), Map.entry("comment", Attribute.NOTE),
            Map.entry("comments", Attribute.NOTE), Map.entry("remark", Attribute.NOTE),
            Map.entry("pos", Attribute.POS), Map.entry("partofspeech", Attribute.POS),
            Map.entry("status", Attribute.STATUS), Map.entry("administrativestatus", Attribute.STATUS),
            Map.entry("dnt", Attribute.DNT), Map.entry("donottranslate", Attribute.DNT),
            Map.entry("case", Attribute.CASE), Map.entry("casesensitive", Attribute.CASE),
            Map.entry("matchcase", Attribute.CASE),
            Map.entry("variants", Attribute.VARIANTS), Map.entry("variant", Attribute.VARIANTS),
            Map.entry("forms", Attribute.VARIANTS), Map.entry("derivedforms", Attribute.VARIANTS));
    private static final Set<Attribute> PER_LANGUAGE = Set.of(Attribute.NOTE, Attribute.POS, Attribute.STATUS, Attribute.CASE,
            Attribute.VARIANTS);
    private static final Set<String> SOURCE = Set.of("source", "term", "sourceterm");
    private static final Set<String> TARGET = Set.of("target", "translation", "targetterm");

    Columns {
        columns = List.copyOf(columns);
    }

    /** The headerless OmegaT layout: source, target, comment (a note on the target term). */
    static Columns omegat(String sourceLanguage, String targetLanguage) {
        return new Columns(List.of(new TermColumn(sourceLanguage), new TermColumn(targetLanguage),
                new AttributeColumn(Attribute.NOTE, Optional.empty())));
    }

    List<TermColumn> termColumns() {
        return columns.stream().filter(TermColumn.class::isInstance).map(TermColumn.class::cast).toList();
    }

    /**
     * Reads a header row, or returns empty when the row does not look like one (then it is data). A row is a
     * header when it has two language codes, or one language code (or source/target) and otherwise only known
     * column names. Unknown names in a header, or a header of known names without any language, are errors.
     */
    static Optional<Columns> header(DelimitedParser.Row row, Optional<String> sourceLanguage, Optional<String> targetLanguage,
                                    String fileName) {
        List<DelimitedParser.Field> fields = row.fields();
        int languages = 0;
        int known = 0;
        boolean sourceTarget = false;
        for (DelimitedParser.Field f : fields) {
            String cell = f.value().trim();
            if (attribute(cell).isPresent()) known++;
            else if (languageCode(cell).isPresent()) languages++;
            else if (isSourceOrTarget(cell)) sourceTarget = true;
        }
        int names = languages + known + (int) fields.stream().filter(f -> isSourceOrTarget(f.value())).count();
        boolean header = languages >= 2 || (names == fields.size() && (languages == 1 || sourceTarget || known >= 2));
        if (!header) return Optional.empty();
        List<Column> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DelimitedParser.Field f : fields) {
            String cell = f.value().trim();
            Optional<String> lang = attribute(cell).isPresent() ? Optional.empty() : languageCode(cell);
            Column column;
            if (lang.isPresent()) {
                column = new TermColumn(lang.get());
            } else if (isSourceOrTarget(cell)) {
                Optional<String> given = SOURCE.contains(Flags.squash(cell)) ? sourceLanguage : targetLanguage;
                if (given.isEmpty()) {
                    throw new InputException(fileName, f.line(), f.column(), "column '" + cell
                            + "' needs the source and target languages; give them, or name the column with a language code such as en or de", null);
                }
                column = new TermColumn(LanguageTags.canonical(given.get()));
            } else {
                column = attribute(cell).orElseThrow(() -> new InputException(fileName, f.line(), f.column(),
                        "unknown column '" + cell + "' in the header; columns are language codes (en, de-DE) and "
                                + "id, definition, subject, note, pos, status, dnt, case, variants (also per language: 'de status')", null));
            }
            if (!seen.add(column.toString())) {
                throw new InputException(fileName, f.line(), f.column(), "column '" + cell + "' appears twice in the header", null);
            }
            columns.add(column);
        }
        if (columns.stream().noneMatch(TermColumn.class::isInstance)) {
            throw new InputException(fileName, row.line(), 1,
                    "the header row has no language code columns (e.g. 'en,de' or 'en-US;de-DE')", null);
        }
        return Optional.of(new Columns(columns));
    }

    private static boolean isSourceOrTarget(String cell) {
        String c = Flags.squash(cell);
        return SOURCE.contains(c) || TARGET.contains(c);
    }

    /** "status", "part of speech", "de status", "de-DE note". */
    private static Optional<AttributeColumn> attribute(String cell) {
        Attribute unscoped = NAMES.get(Flags.squash(cell));
        if (unscoped != null) return Optional.of(new AttributeColumn(unscoped, Optional.empty()));
        String[] parts = cell.trim().split("\\s+", 2);
        if (parts.length == 2) {
            Optional<String> lang = languageCode(parts[0]);
            Attribute a = NAMES.get(Flags.squash(parts[1]));
            if (lang.isPresent() && a != null && PER_LANGUAGE.contains(a)) return Optional.of(new AttributeColumn(a, lang));
        }
        return Optional.empty();
    }

    /** A BCP 47-like tag whose language is a known ISO 639 code, normalised ("en_us" gives "en-US"). */
    static Optional<String> languageCode(String cell) {
        String c = cell.trim();
        if (!c.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*")) return Optional.empty();
        return LanguageTags.known(c);
    }
}
