package org.glossa.server;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a user may do. Every role reads (lookup, concordance, export, terms, events).
 * <ul>
 *   <li>translator: also adds units (confirmed segments) to existing memories;</li>
 *   <li>reviewer: also updates units, imports TMX and creates memories;</li>
 *   <li>terminologist: also replaces termbases;</li>
 *   <li>admin: everything (users are added with {@code glossa server user add}).</li>
 * </ul>
 */
public enum Role {
    TRANSLATOR, REVIEWER, TERMINOLOGIST, ADMIN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String s) {
        return Arrays.stream(values()).filter(r -> r.id().equals(s.trim().toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", "));
    }

    /** Whether this role may do what {@code needed} may do. */
    public boolean includes(Role needed) {
        if (this == ADMIN || this == needed) return true;
        return needed == TRANSLATOR;
    }
}
