package org.glossa.core;

import java.util.Optional;

/**
 * Unreadable or invalid input: names the file and, for XML, the line and column. The CLI shows the message
 * without a stack trace and exits 2.
 */
public class InputException extends RuntimeException {
    private final String file;
    private final int line;
    private final int column;

    public InputException(String file, String message) {
        this(file, -1, -1, message, null);
    }

    public InputException(String file, String message, Throwable cause) {
        this(file, -1, -1, message, cause);
    }

    public InputException(String file, int line, int column, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    public Optional<int[]> location() {
        return line > 0 ? Optional.of(new int[] {line, Math.max(column, 0)}) : Optional.empty();
    }

    /** "file:line:column: message", or "file: message" without a location. */
    public String describe() {
        String where = file == null ? "" : file;
        if (line > 0) where += ":" + line + (column > 0 ? ":" + column : "");
        return where.isEmpty() ? getMessage() : where + ": " + getMessage();
    }
}
