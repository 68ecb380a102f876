package org.glossa.core.qa;

import java.util.Locale;
import java.util.Optional;

/** How bad a finding is. {@code --fail-on} compares against this order. */
public enum Severity {
    INFO, WARNING, ERROR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> fromId(String id) {
        for (Severity s : values()) if (s.id().equalsIgnoreCase(id)) return Optional.of(s);
        return Optional.empty();
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
