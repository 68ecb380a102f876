package org.glossa.core.xliff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An XLIFF 2 fragment identifier ({@code #/f=f1/u=u1/n=n1}, {@code #m1}): the selectors in order; a bare id is an
 * in-unit selector with prefix {@code t}.
 */
record Fragment(List<Selector> selectors) {
    record Selector(String prefix, String id) {
    }

    private static final Set<String> LEAVES_CORE = Set.of("n", "d", "t");

    /** Parses and checks the syntax; throws {@link IllegalArgumentException} saying what is wrong. */
    static Fragment parse(String value) {
        String v = value.startsWith("#") ? value.substring(1) : value;
        if (v.startsWith("/")) v = v.substring(1);
        if (v.isEmpty()) throw new IllegalArgumentException("empty fragment identifier");
        String[] parts = v.split("/", -1);
        List<Selector> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int stage = 0; // 0 start, 1 after f, 2 after g, 3 after u, 4 after leaf
        for (String part : parts) {
            int eq = part.indexOf('=');
            String prefix = eq < 0 ? "t" : part.substring(0, eq);
            String id = eq < 0 ? part : part.substring(eq + 1);
            if (id.isEmpty()) throw new IllegalArgumentException("empty id in '" + part + "'");
            if (!Xliff2Ns.NMTOKEN.matcher(prefix).matches() || prefix.contains(":")) {
                throw new IllegalArgumentException("prefix '" + prefix + "' is not an NMTOKEN");
            }
            if (!Xliff2Ns.FRAGMENT_PREFIXES.contains(prefix)) {
                throw new IllegalArgumentException(prefix.length() == 1 ? "prefix '" + prefix + "' is reserved and unknown"
                        : "unknown prefix '" + prefix + "'");
            }
            if (!prefix.equals("g") && !seen.add(prefix)) throw new IllegalArgumentException("prefix '" + prefix + "' repeated");
            if (stage == 4) throw new IllegalArgumentException("selector '" + part + "' after the leaf selector");
            int next = switch (prefix) {
                case "f" -> stage == 0 ? 1 : -1;
                case "g" -> stage <= 2 ? 2 : -1;
                case "u" -> stage <= 2 ? 3 : -1;
                default -> 4;
            };
            if (next < 0) throw new IllegalArgumentException("selector '" + part + "' out of order");
            stage = next;
            out.add(new Selector(prefix, id));
        }
        return new Fragment(out);
    }

    Optional<String> get(String prefix) {
        return selectors.stream().filter(s -> s.prefix().equals(prefix)).map(Selector::id).findFirst();
    }

    Selector leaf() {
        return selectors.get(selectors.size() - 1);
    }

    static boolean isLeafPrefix(String p) {
        return LEAVES_CORE.contains(p) || p.length() > 1;
    }
}
