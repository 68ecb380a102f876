package org.glossa.core.xliff;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Inline.TagKind;
import org.glossa.core.model.Unit;
import org.glossa.core.model.UnitPart;

/**
 * The id scheme of a unit in Glossa's XLIFF 2, where segments, ignorables, inline codes and term marks share one id
 * space (XLIFF 2.1 section 4.3.1.10) and each {@code sc}/{@code ph} of a side needs an id of its own.
 *
 * <p>Segment and ignorable ids are written as the model has them: they are the keys by which {@link XliffUpdater}
 * finds a segment in the file it came from. Code ids are written as they are (Glossa's own c1, c2…, so its XLIFF
 * does not change), except in content read from another tool's XLIFF 1.2, where they can clash:
 * <ul>
 *   <li>with a segment id (memoQ's segment {@code mid="1"} and {@code bpt id="1"}): every code of the unit is
 *   written with a prefix ("c", else "c_", "c__"… until none clashes), named in the unit's
 *   {@code glossa:codePrefix};</li>
 *   <li>with each other (Trados reuses {@code <g id="203">} for a code that spans segments, Okapi has
 *   {@code bpt id="1"} beside {@code ph id="1"}): the second and later codes with one id on a side get
 *   {@code ID_2}, {@code ID_3}… ("_" added until unique), the same on the target side in the same order; the
 *   unit's {@code glossa:codeIds} lists them as {@code written=model} pairs (URL-encoded, space-separated), since
 *   XLIFF 2 allows no extension attributes on inline codes.</li>
 * </ul>
 * The readers ({@link Xliff2Documents}, {@link XliffLayout}) take the model id from that list, else the written id
 * without the prefix, so the model, and a save into the file, see the original ids. Term marks get t1, t2… ("_"
 * added until unique).
 */
final class CodeIds {
    /** The unit attribute (Glossa's namespace) that names the prefix of its code ids. */
    static final String PREFIX_ATTRIBUTE = "codePrefix";
    /** The unit attribute (Glossa's namespace) that lists the codes written with another id than the model's. */
    static final String RENAMED_ATTRIBUTE = "codeIds";

    private final String prefix;
    /** (model id, n-th opening or standalone code with it on a side) → written id */
    private final Map<String, List<String>> written = new HashMap<>();
    private final List<String> termIds = new ArrayList<>();
    /** written id → model id, for the codes written with an id of their own ({@code ID_2}…) */
    private final Map<String, String> renamed = new LinkedHashMap<>();

    /** The ids of a unit without inline codes and term marks: what {@link #of} gives for one (nothing to name). */
    static final CodeIds NONE = new CodeIds("");

    private CodeIds(String prefix) {
        this.prefix = prefix;
    }

    /** The ids of {@code u}'s codes and term marks. */
    static CodeIds of(Unit u) {
        Set<String> parts = new HashSet<>();
        for (UnitPart p : u.parts()) parts.add(p.id());
        Map<String, Integer> occurrences = new LinkedHashMap<>();
        count(u, true, occurrences);
        Map<String, Integer> target = new LinkedHashMap<>();
        count(u, false, target);
        target.forEach((id, n) -> occurrences.merge(id, n, Math::max));
        String prefix = "";
        if (occurrences.keySet().stream().anyMatch(parts::contains)) {
            prefix = "c";
            while (collides(prefix, occurrences.keySet(), parts)) prefix += "_";
        }
        CodeIds ids = new CodeIds(prefix);
        Set<String> taken = new HashSet<>(parts);
        for (String id : occurrences.keySet()) {
            taken.add(prefix + id);
            ids.written.computeIfAbsent(id, k -> new ArrayList<>()).add(prefix + id);
        }
        for (Map.Entry<String, Integer> e : occurrences.entrySet()) {
            for (int n = 2; n <= e.getValue(); n++) {
                String candidate = prefix + e.getKey() + "_" + n;
                while (!taken.add(candidate)) candidate += "_";
                ids.written.get(e.getKey()).add(candidate);
                ids.renamed.put(candidate, e.getKey());
            }
        }
        for (int i = 0; i < u.terms().size(); i++) {
            String id = "t" + (i + 1);
            while (!taken.add(id)) id += "_";
            ids.termIds.add(id);
        }
        return ids;
    }

    /** The prefix of the unit's code ids, "" when it needs none. */
    String prefix() {
        return prefix;
    }

    /** The value of the unit's {@code glossa:codeIds}, empty when every code is written with its own id. */
    Optional<String> renamedAttribute() {
        if (renamed.isEmpty()) return Optional.empty();
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : renamed.entrySet()) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(encode(e.getKey())).append('=').append(encode(e.getValue()));
        }
        return Optional.of(sb.toString());
    }

    /** The written id → model id pairs of a {@code glossa:codeIds} value. */
    static Map<String, String> renamed(Optional<String> attribute) {
        Map<String, String> out = new HashMap<>();
        if (attribute.isEmpty()) return out;
        for (String pair : attribute.get().trim().split(" +")) {
            int eq = pair.indexOf('=');
            if (eq > 0) out.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        }
        return out;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The id of the unit's {@code index}-th term mark. */
    String termMarkId(int index) {
        return termIds.get(index);
    }

    /** A fresh reading of one side (the sources, or the targets, of the unit's parts in order). */
    Side side() {
        return new Side();
    }

    /** Hands out the written ids of one side's codes in their order. */
    final class Side {
        private final Map<String, Integer> seen = new HashMap<>();
        private final Map<String, Deque<String>> open = new HashMap<>();

        /** The written id of an opening or standalone code; an opening one that is paired is remembered for its end. */
        String start(Inline.Tag tag, boolean paired) {
            int n = seen.merge(tag.id(), 1, Integer::sum);
            List<String> ids = written.get(tag.id());
            // more codes than counted cannot happen (the count reads the side the same way); the last id then
            String id = ids == null ? prefix + tag.id() : ids.get(Math.min(n, ids.size()) - 1);
            if (tag.kind() == TagKind.OPEN && paired) open.computeIfAbsent(tag.id(), k -> new ArrayDeque<>()).push(id);
            return id;
        }

        /** The {@code startRef} of a closing code: its opening code's written id, empty when it has none. */
        Optional<String> end(Inline.Tag tag) {
            Deque<String> ids = open.get(tag.id());
            return ids == null || ids.isEmpty() ? Optional.empty() : Optional.of(ids.pop());
        }
    }

    /** A code's id as the model has it: from the unit's renamed codes, else the written id without the prefix. */
    static String read(String written, Map<String, String> renamed, String prefix) {
        String model = renamed.get(written);
        if (model != null) return model;
        return !prefix.isEmpty() && written.startsWith(prefix) ? written.substring(prefix.length()) : written;
    }

    /** How often each id opens, stands alone or closes unopened on one side (sources or targets) of the unit. */
    private static void count(Unit u, boolean sources, Map<String, Integer> out) {
        Map<String, Integer> open = new HashMap<>();
        for (UnitPart p : u.parts()) {
            Content c = sources ? p.source() : p.target().orElse(Content.EMPTY);
            for (Inline.Tag t : c.tags()) {
                if (t.kind() == TagKind.CLOSE && open.getOrDefault(t.id(), 0) > 0) {
                    open.merge(t.id(), -1, Integer::sum);
                    continue;
                }
                if (t.kind() == TagKind.OPEN) open.merge(t.id(), 1, Integer::sum);
                out.merge(t.id(), 1, Integer::sum); // an opening, standalone or unmatched closing code
            }
        }
    }

    private static boolean collides(String prefix, Set<String> codes, Set<String> parts) {
        for (String c : codes) if (parts.contains(prefix + c)) return true;
        return false;
    }
}
