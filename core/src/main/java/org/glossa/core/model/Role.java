package org.glossa.core.model;

import java.util.Locale;
import java.util.Optional;

/** What a unit is in an article. Travels in XLIFF as {@code restype="x-ROLE"} (1.2) or {@code type="glossa:ROLE"} (2.x). */
public enum Role {
    TITLE, DATELINE, LEAD, HEADING, BODY, CAPTION, CREDIT, BYLINE, BOILERPLATE;

    /** The lower-case name used in XLIFF and JSON, e.g. {@code caption}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromId(String id) {
        if (id == null) return Optional.empty();
        String bare = id.startsWith("x-") ? id.substring(2) : id.startsWith("glossa:") ? id.substring(7) : id;
        bare = bare.toUpperCase(Locale.ROOT);
        for (Role r : values()) {
            if (r.name().equals(bare)) return Optional.of(r);
        }
        return Optional.empty();
    }
}
