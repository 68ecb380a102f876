package org.glossa.core.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Glossa's one CSV (and TSV) writer, for every CSV it writes (QA reports, analyses, memory exports, glossaries):
 * rows of fields, each field quoted when it needs to be (RFC 4180 quoting, a quote doubled inside a quoted field).
 */
public final class Csv {
    /** The byte order mark a CSV starts with, so that spreadsheet programs read it as UTF-8. */
    public static final char BOM = '\uFEFF';
    /** RFC 4180's line end. */
    public static final String CRLF = "\r\n";

    private Csv() {
    }

    /** One comma-separated row ending in CRLF (RFC 4180). */
    public static void row(Appendable out, List<String> fields) throws IOException {
        row(out, fields, ',', CRLF);
    }

    /** One row: the fields quoted as {@link #field(String, char)} says, {@code delimiter} between them, then {@code eol}. */
    public static void row(Appendable out, List<String> fields, char delimiter, String eol) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.append(delimiter);
            out.append(field(fields.get(i), delimiter));
        }
        out.append(eol);
    }

    /** {@link #row(Appendable, List, char, String)} into a {@link StringBuilder}, which cannot fail. */
    public static void row(StringBuilder out, List<String> fields, char delimiter, String eol) {
        try {
            row((Appendable) out, fields, delimiter, eol);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not throw", e);
        }
    }

    /** A comma-separated field; see {@link #field(String, char)}. */
    public static String field(String value) {
        return field(value, ',');
    }

    /**
     * {@code value} as a field, quoted when it needs to be: it holds the delimiter, a quote, a carriage return or a
     * line feed, has white space at either end (which spreadsheets and many readers drop), or starts with '#'
     * (which glossary readers, OmegaT's among them, take for a comment). {@code null} is an empty field.
     */
    public static String field(String value, char delimiter) {
        if (value == null || value.isEmpty()) return "";
        boolean quote = value.charAt(0) == '#' || Character.isWhitespace(value.charAt(0))
                || Character.isWhitespace(value.charAt(value.length() - 1));
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == delimiter || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
