package org.glossa.core.tmx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glossa.core.InputException;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Inline.TagKind;

/**
 * TMX level-2 inline codes and the content model's tags, in both directions.
 *
 * <p>Reading: {@code bpt}/{@code ept} pairs (matched by {@code i}) become OPEN/CLOSE tags with the same id;
 * {@code it pos="begin|end"} an isolated OPEN/CLOSE; {@code ph} and {@code ut} a STANDALONE tag. The tag's data is
 * the native code (the element's text, {@code sub} markup removed but its text kept, since it is part of the native
 * code); its type is the {@code type} attribute (an ept takes its bpt's). Ids follow {@code x}, which TMX uses to
 * link a code across the variants of a unit, so a tag in the source and its counterpart in the target share an id;
 * a pair without a usable {@code x} takes its {@code i}; a code with neither gets the smallest free number.
 *
 * <p>Writing: an OPEN followed later by a CLOSE with the same id becomes bpt/ept, an unmatched OPEN or CLOSE an
 * {@code it}, a STANDALONE a {@code ph}. Ids that are canonical decimal numbers and unique in the segment are kept
 * as {@code x} (and {@code i}); other ids are renumbered, so they come back as numbers.
 */
final class InlineCodes {
    private InlineCodes() {
    }

    /** A piece of a {@code <seg>} as read. */
    sealed interface Piece permits Text, Code {
    }

    record Text(String value) implements Piece {
    }

    /** An inline element: bpt, ept, it, ph or ut, with its attributes ("" when absent) and native data. */
    record Code(String element, String i, String x, String pos, String type, String data, int line, int column)
            implements Piece {
    }

    /** One logical code: a bpt/ept pair or a single element. */
    private static final class Logical {
        final Code first;
        Code close;
        String id;

        Logical(Code first) {
            this.first = first;
        }

        boolean pair() {
            return first.element().equals("bpt");
        }
    }

    /** Builds the content of a seg; errors name {@code file} and the code's position. */
    static Content toContent(List<Piece> pieces, String file) {
        Map<Code, Logical> byCode = new java.util.IdentityHashMap<>();
        List<Logical> logical = new ArrayList<>();
        Map<String, Logical> open = new LinkedHashMap<>();
        for (Piece p : pieces) {
            if (!(p instanceof Code c)) continue;
            switch (c.element()) {
                case "bpt" -> {
                    if (c.i().isEmpty()) throw error(file, c, "<bpt> without the i attribute that pairs it with its <ept>");
                    if (open.containsKey(c.i())) {
                        throw error(file, c, "<bpt i=\"" + c.i() + "\"> while an earlier <bpt i=\"" + c.i()
                                + "\"> is still open (i must pair one bpt with one ept)");
                    }
                    Logical l = new Logical(c);
                    open.put(c.i(), l);
                    logical.add(l);
                    byCode.put(c, l);
                }
                case "ept" -> {
                    if (c.i().isEmpty()) throw error(file, c, "<ept> without the i attribute that pairs it with its <bpt>");
                    Logical l = open.remove(c.i());
                    if (l == null) throw error(file, c, "<ept i=\"" + c.i() + "\"> without a preceding <bpt i=\"" + c.i() + "\">");
                    l.close = c;
                    byCode.put(c, l);
                }
                case "it" -> {
                    if (!c.pos().equals("begin") && !c.pos().equals("end")) {
                        throw error(file, c, "<it> needs pos=\"begin\" or pos=\"end\", not \"" + c.pos() + "\"");
                    }
                    Logical l = new Logical(c);
                    logical.add(l);
                    byCode.put(c, l);
                }
                default -> {
                    Logical l = new Logical(c);
                    logical.add(l);
                    byCode.put(c, l);
                }
            }
        }
        if (!open.isEmpty()) {
            Logical l = open.values().iterator().next();
            throw error(file, l.first, "<bpt i=\"" + l.first.i() + "\"> without a matching <ept i=\"" + l.first.i() + "\">");
        }
        assignIds(logical);
        List<Inline> parts = new ArrayList<>(pieces.size());
        for (Piece p : pieces) {
            if (p instanceof Text t) {
                parts.add(new Inline.Text(t.value()));
            } else if (p instanceof Code c) {
                Logical l = byCode.get(c);
                TagKind kind = switch (c.element()) {
                    case "bpt" -> TagKind.OPEN;
                    case "ept" -> TagKind.CLOSE;
                    case "it" -> c.pos().equals("begin") ? TagKind.OPEN : TagKind.CLOSE;
                    default -> TagKind.STANDALONE;
                };
                parts.add(new Inline.Tag(kind, l.id, l.first.type(), c.data()));
            }
        }
        return new Content(parts);
    }

    private static void assignIds(List<Logical> logical) {
        Map<String, Integer> xCount = new HashMap<>();
        for (Logical l : logical) if (!l.first.x().isEmpty()) xCount.merge(l.first.x(), 1, Integer::sum);
        Set<String> used = new HashSet<>();
        for (Logical l : logical) {
            String x = l.first.x();
            if (!x.isEmpty() && xCount.get(x) == 1) {
                l.id = x;
                used.add(x);
            }
        }
        for (Logical l : logical) {
            if (l.id == null && l.pair() && used.add(l.first.i())) l.id = l.first.i();
        }
        int fresh = 1;
        for (Logical l : logical) {
            if (l.id != null) continue;
            while (used.contains(Integer.toString(fresh))) fresh++;
            l.id = Integer.toString(fresh);
            used.add(l.id);
        }
    }

    private static InputException error(String file, Code c, String message) {
        return new InputException(file, c.line(), c.column(), message, null);
    }

    /** A code to write: its element (bpt, ept, it, ph), x, i (pairs only), pos (it only), type and data. */
    record Out(String element, int x, int i, String pos, String type, String data) {
    }

    /** The content as TMX pieces: {@link Text} and {@link Out}. */
    static List<Object> toTmx(Content content) {
        List<Inline> parts = content.parts();
        int n = parts.size();
        int[] partner = new int[n];
        java.util.Arrays.fill(partner, -1);
        Map<String, java.util.ArrayDeque<Integer>> opens = new HashMap<>();
        for (int k = 0; k < n; k++) {
            if (!(parts.get(k) instanceof Inline.Tag t)) continue;
            if (t.kind() == TagKind.OPEN) {
                opens.computeIfAbsent(t.id(), id -> new java.util.ArrayDeque<>()).push(k);
            } else if (t.kind() == TagKind.CLOSE) {
                java.util.ArrayDeque<Integer> stack = opens.get(t.id());
                if (stack != null && !stack.isEmpty()) {
                    int o = stack.pop();
                    partner[o] = k;
                    partner[k] = o;
                }
            }
        }
        // One number per logical code (a pair counts once): keep canonical unique numeric ids, renumber the rest.
        Map<String, Integer> idCount = new HashMap<>();
        for (int k = 0; k < n; k++) {
            if (parts.get(k) instanceof Inline.Tag t && !(t.kind() == TagKind.CLOSE && partner[k] >= 0)) {
                idCount.merge(t.id(), 1, Integer::sum);
            }
        }
        int[] number = new int[n];
        Set<Integer> used = new HashSet<>();
        for (int k = 0; k < n; k++) {
            if (parts.get(k) instanceof Inline.Tag t && !(t.kind() == TagKind.CLOSE && partner[k] >= 0)) {
                Integer v = canonicalNumber(t.id());
                if (v != null && idCount.get(t.id()) == 1) {
                    number[k] = v;
                    used.add(v);
                } else {
                    number[k] = -1;
                }
            }
        }
        int fresh = 1;
        for (int k = 0; k < n; k++) {
            if (parts.get(k) instanceof Inline.Tag t && !(t.kind() == TagKind.CLOSE && partner[k] >= 0)
                    && number[k] < 0) {
                while (used.contains(fresh)) fresh++;
                number[k] = fresh;
                used.add(fresh);
            }
        }
        List<Object> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Inline p = parts.get(k);
            if (p instanceof Inline.Text t) {
                out.add(new Text(t.value()));
                continue;
            }
            Inline.Tag t = (Inline.Tag) p;
            switch (t.kind()) {
                case STANDALONE -> out.add(new Out("ph", number[k], 0, "", t.type(), t.data()));
                case OPEN -> out.add(partner[k] >= 0
                        ? new Out("bpt", number[k], number[k], "", t.type(), t.data())
                        : new Out("it", number[k], 0, "begin", t.type(), t.data()));
                case CLOSE -> out.add(partner[k] >= 0
                        ? new Out("ept", 0, number[partner[k]], "", "", t.data())
                        : new Out("it", number[k], 0, "end", t.type(), t.data()));
            }
        }
        return out;
    }

    /** The id as a number when it is written the way the number would be ("7", not "07" or "+7"). */
    private static Integer canonicalNumber(String id) {
        if (id.isEmpty() || id.length() > 9) return null;
        for (int k = 0; k < id.length(); k++) if (id.charAt(k) < '0' || id.charAt(k) > '9') return null;
        int v = Integer.parseInt(id);
        return Integer.toString(v).equals(id) ? v : null;
    }
}
