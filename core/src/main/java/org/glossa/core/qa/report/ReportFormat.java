package org.glossa.core.qa.report;

import java.util.Locale;
import java.util.Optional;

/** The formats a QA report can be written in. */
public enum ReportFormat {
    /** Grouped by file and unit, for a terminal (the default). */
    TEXT,
    /** For scripts; the key names are a contract. */
    JSON,
    /** RFC 4180 with a UTF-8 byte order mark, for spreadsheets. */
    CSV,
    /** One self-contained page for a reviewer's browser. */
    HTML;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return this == TEXT ? "txt" : id();
    }

    public static Optional<ReportFormat> fromId(String id) {
        if (id == null) return Optional.empty();
        for (ReportFormat f : values()) if (f.id().equalsIgnoreCase(id.strip())) return Optional.of(f);
        return Optional.empty();
    }
}
