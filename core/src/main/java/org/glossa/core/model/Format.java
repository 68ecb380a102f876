package org.glossa.core.model;

import java.util.Locale;
import java.util.Optional;

/** Formats Glossa reads. {@code mergeable} says whether a translated document can be written back. */
public enum Format {
    TEXT("text/plain", true),
    HTML("text/html", true),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", true),
    MARKDOWN("text/markdown", true),
    PDF("application/pdf", false),
    /** A document that came from another tool's XLIFF: Glossa knows its units but not how to rebuild it. */
    UNKNOWN("application/octet-stream", false);

    private final String mimeType;
    private final boolean mergeable;

    Format(String mimeType, boolean mergeable) {
        this.mimeType = mimeType;
        this.mergeable = mergeable;
    }

    public String mimeType() {
        return mimeType;
    }

    public boolean mergeable() {
        return mergeable;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Format> fromId(String id) {
        if (id == null) return Optional.empty();
        for (Format f : values()) if (f.id().equalsIgnoreCase(id)) return Optional.of(f);
        return Optional.empty();
    }
}
