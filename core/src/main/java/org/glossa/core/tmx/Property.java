package org.glossa.core.tmx;

import java.util.Objects;

/** A TMX {@code <prop type="…">value</prop>}: tool-defined information on a header, unit or variant. */
public record Property(String type, String value) {
    public Property {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }
}
