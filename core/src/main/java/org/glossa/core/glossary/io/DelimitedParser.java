package org.glossa.core.glossary.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glossa.core.InputException;

/**
 * Splits delimited text into rows of fields, RFC 4180 style: a field that starts with a double quote runs to the
 * next lone double quote, {@code ""} inside it is one quote, and it may span lines. A quote inside an unquoted
 * field is an ordinary character. Every field keeps its line and column (1-based) for error messages.
 */
final class DelimitedParser {
    record Field(String value, int line, int column, boolean quoted) {
    }

    /** One row; {@code endColumn} is the column just after its last character (for "too few fields"). */
    record Row(int line, List<Field> fields, int endColumn) {
        boolean blank() {
            return fields.stream().allMatch(f -> f.value().isBlank() && !f.quoted());
        }

        boolean comment() {
            return !fields.isEmpty() && !fields.get(0).quoted() && fields.get(0).value().startsWith("#");
        }
    }

    private final String text;
    private final char delimiter;
    private final boolean quoting;
    private final String fileName;
    private int pos;
    private int line = 1;
    private int column = 1;

    private DelimitedParser(String text, char delimiter, boolean quoting, String fileName) {
        this.text = text;
        this.delimiter = delimiter;
        this.quoting = quoting;
        this.fileName = fileName;
    }

    static List<Row> parse(String text, char delimiter, boolean quoting, String fileName) {
        return new DelimitedParser(text, delimiter, quoting, fileName).rows();
    }

    /** The first line as a row, or empty when its quotes are not well formed (then it is no header). */
    static Optional<Row> headerCandidate(String line, char delimiter, String fileName) {
        int i = 0;
        while (i <= line.length()) {
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) return Optional.empty();
                    if (line.charAt(i) == '"') {
                        if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    i++;
                }
                if (i < line.length() && line.charAt(i) != delimiter) return Optional.empty();
            } else {
                while (i < line.length() && line.charAt(i) != delimiter) i++;
            }
            i++;
        }
        return Optional.of(parse(line, delimiter, true, fileName).get(0));
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        while (pos < text.length()) {
            int rowLine = line;
            List<Field> fields = new ArrayList<>();
            while (true) {
                fields.add(field(fields.size() + 1));
                if (pos >= text.length()) break;
                char c = text.charAt(pos);
                if (c == delimiter) {
                    advance();
                    continue;
                }
                int end = column;
                newline();
                rows.add(new Row(rowLine, fields, end));
                fields = null;
                break;
            }
            if (fields != null) rows.add(new Row(rowLine, fields, column));
        }
        return rows;
    }

    private Field field(int number) {
        int startLine = line;
        int startColumn = column;
        if (quoting && pos < text.length() && text.charAt(pos) == '"') {
            advance();
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (pos >= text.length()) {
                    throw new InputException(fileName, startLine, startColumn,
                            "field " + number + " opens a quote that is never closed", null);
                }
                char c = text.charAt(pos);
                if (c == '"') {
                    if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                        sb.append('"');
                        advance();
                        advance();
                        continue;
                    }
                    advance();
                    break;
                }
                if (c == '\r' || c == '\n') {
                    sb.append('\n');
                    newline();
                    continue;
                }
                sb.append(c);
                advance();
            }
            if (pos < text.length() && !atFieldEnd()) {
                throw new InputException(fileName, line, column, "unexpected '" + text.charAt(pos)
                        + "' after the closing quote of field " + number + " (a quote inside a quoted field is written \"\")", null);
            }
            return new Field(sb.toString(), startLine, startColumn, true);
        }
        int start = pos;
        while (pos < text.length() && !atFieldEnd()) advance();
        return new Field(text.substring(start, pos), startLine, startColumn, false);
    }

    private boolean atFieldEnd() {
        char c = text.charAt(pos);
        return c == delimiter || c == '\n' || c == '\r';
    }

    private void advance() {
        pos++;
        column++;
    }

    /** Consumes \n, \r\n or \r. */
    private void newline() {
        if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') pos++;
        pos++;
        line++;
        column = 1;
    }
}
