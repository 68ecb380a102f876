package org.glossa.core.glossary;

import java.util.Locale;
import java.util.Optional;

/** TBX administrative status of a term. DEPRECATED is what translators call forbidden. */
public enum TermStatus {
    PREFERRED, ADMITTED, DEPRECATED, SUPERSEDED, UNSPECIFIED;

    /** The TBX value: preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts, supersededTerm-admn-sts. */
    public String tbxValue() {
        return name().toLowerCase(Locale.ROOT) + "Term-admn-sts";
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads TBX values and the words people put in CSV columns (preferred, admitted, forbidden, deprecated…). */
    public static Optional<TermStatus> parse(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        String v = value.trim().toLowerCase(Locale.ROOT).replace("term-admn-sts", "");
        return switch (v) {
            case "preferred", "preferredterm", "approved", "standardized", "1" -> Optional.of(PREFERRED);
            case "admitted", "admittedterm", "allowed", "permitted" -> Optional.of(ADMITTED);
            case "deprecated", "deprecatedterm", "forbidden", "not allowed", "notallowed", "do not use", "banned", "0" ->
                    Optional.of(DEPRECATED);
            case "superseded", "supersededterm", "obsolete" -> Optional.of(SUPERSEDED);
            default -> Optional.empty();
        };
    }

    public boolean isForbidden() {
        return this == DEPRECATED || this == SUPERSEDED;
    }
}
