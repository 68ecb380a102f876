package org.glossa.core.output;

/**
 * Glossa's one way of writing a CSV (or TSV) field, for every CSV it writes (QA reports, analyses, memory exports,
 * glossaries): RFC 4180 quoting, a quote doubled inside a quoted field.
 */
public final class Csv {
    private Csv() {
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
