package org.glossa.core.xliff;

import java.util.Optional;

/** The XLIFF versions Glossa writes. */
public enum XliffVersion {
    V1_2("1.2"), V2_1("2.1");

    private final String label;

    XliffVersion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<XliffVersion> fromLabel(String label) {
        for (XliffVersion v : values()) if (v.label.equals(label) || (v == V2_1 && "2".equals(label))) return Optional.of(v);
        return Optional.empty();
    }
}
