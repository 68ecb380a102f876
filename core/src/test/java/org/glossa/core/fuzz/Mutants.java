package org.glossa.core.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Mutated versions of valid small documents for the reader fuzz tests: byte flips, truncations, deleted or
 * duplicated spans, inserted and removed tags (names the format knows, so the reader gets past the XML parser),
 * random attribute values, and random Unicode (surrogates, control characters, noncharacters, character references
 * to forbidden code points, bytes that are not UTF-8).
 *
 * <p>Works on the bytes seen as ISO-8859-1 text (one char per byte), so the regular expressions for tags and
 * attributes and the byte-level mutations mix freely.
 */
final class Mutants {
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]*>");
    private static final Pattern ATTRIBUTE_VALUE = Pattern.compile("=\"[^\"]*\"|='[^']*'");

    private static final List<String> NASTY = List.of("\u0000", "\u0001", "\u001F", "\uFFFE", "\uFFFF", "\uD800",
            "\uDFFF", "\uDBFF\uDFFF", "\u202E", "\u00A0", "\r\n", "\t", "&#0;", "&#xD800;", "&#x110000;", "&#1;",
            "&#99999999999;", "&#x;", "&amp", "&lt;", "&unknown;", "]]>", "<![CDATA[", "<!--", "-->", "<?pi x?>", "\"",
            "'", "<", ">", "&", "=", "xml:lang=\"\"", "xml:lang=\"a\u0000\"", "%", "+", "-1", "0", "99999999999",
            "2147483648", "ffffffff", "zz", "", " ", "\u0130", "\u00DF", "😀", "e\u0301", "\uFEFF");

    private enum Kind { FLIP, TRUNCATE, DELETE, DUPLICATE, INSERT_TAG, REMOVE_TAG, ATTRIBUTE, UNICODE, RAW_BYTES }

    private record Mutation(Kind kind, double where, double length, String payload) {
        String apply(String doc) {
            if (doc.isEmpty()) return doc;
            int at = Math.min(doc.length() - 1, (int) (where * doc.length()));
            int span = Math.max(1, (int) (length * Math.min(200, doc.length() - at)));
            return switch (kind) {
                case FLIP -> doc.substring(0, at) + (char) ((doc.charAt(at) ^ (1 << (int) (length * 8) % 8)) & 0xFF)
                        + doc.substring(at + 1);
                case TRUNCATE -> doc.substring(0, at);
                case DELETE -> doc.substring(0, at) + doc.substring(Math.min(doc.length(), at + span));
                case DUPLICATE -> doc.substring(0, at + Math.min(span, doc.length() - at)) + doc.substring(at);
                case INSERT_TAG, UNICODE -> {
                    // between markup (after a '>'), so most insertions get past the XML parser to the reader
                    int b = doc.indexOf('>', at);
                    int to = b < 0 ? doc.length() : b + 1;
                    yield doc.substring(0, to) + latin1(payload) + doc.substring(to);
                }
                case REMOVE_TAG -> nth(TAG, doc, where).map(m -> doc.substring(0, m[0]) + doc.substring(m[1])).orElse(doc);
                case ATTRIBUTE -> nth(ATTRIBUTE_VALUE, doc, where)
                        .map(m -> doc.substring(0, m[0]) + "=\"" + attributeValue(payload) + "\"" + doc.substring(m[1]))
                        .orElse(doc);
                case RAW_BYTES -> doc.substring(0, at) + payload + doc.substring(at);
            };
        }
    }

    private Mutants() {
    }

    /** Escaped for an attribute value, except character and entity references, which stay as they are. */
    private static String attributeValue(String payload) {
        String v = payload.matches("&#?\\w*;") ? payload
                : payload.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
        return latin1(v);
    }

    /** The UTF-8 bytes of {@code s} as one char per byte. */
    private static String latin1(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** The start and end of the match of {@code p} at about {@code where} through the matches in {@code doc}. */
    private static java.util.Optional<int[]> nth(Pattern p, String doc, double where) {
        Matcher m = p.matcher(doc);
        List<int[]> all = new java.util.ArrayList<>();
        while (m.find()) all.add(new int[] {m.start(), m.end()});
        if (all.isEmpty()) return java.util.Optional.empty();
        return java.util.Optional.of(all.get(Math.min(all.size() - 1, (int) (where * all.size()))));
    }

    private static Arbitrary<String> unicode() {
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> surrogates = Arbitraries.chars().range('\uD800', '\uDFFF').map(String::valueOf);
        Arbitrary<String> controls = Arbitraries.chars().range('\u0000', '\u001F').map(String::valueOf);
        return Arbitraries.oneOf(anyChars, surrogates, controls, Arbitraries.of(NASTY));
    }

    private static Arbitrary<String> rawBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(4)
                .map(b -> new String(b, StandardCharsets.ISO_8859_1));
    }

    private static Arbitrary<Mutation> mutation(List<String> tags) {
        Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
        Arbitrary<Double> length = Arbitraries.doubles().between(0, 1);
        Arbitrary<String> tag = Arbitraries.of(tags).flatMap(t -> Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.of("<" + t + ">", "</" + t.split(" ")[0] + ">")),
                net.jqwik.api.Tuple.of(4, Arbitraries.of("<" + t + "/>", "<" + t + ">x</" + t.split(" ")[0] + ">"))));
        Arbitrary<Mutation> simple = Combinators.combine(Arbitraries.of(Kind.FLIP, Kind.TRUNCATE, Kind.DELETE, Kind.DUPLICATE),
                where, length).as((k, w, l) -> new Mutation(k, w, l, ""));
        Arbitrary<Mutation> removeTag = where.map(w -> new Mutation(Kind.REMOVE_TAG, w, 0, ""));
        Arbitrary<Mutation> insertTag = Combinators.combine(where, tag).as((w, t) -> new Mutation(Kind.INSERT_TAG, w, 0, t));
        Arbitrary<Mutation> attribute = Combinators.combine(where, Arbitraries.oneOf(unicode(), Arbitraries.of(NASTY)))
                .as((w, v) -> new Mutation(Kind.ATTRIBUTE, w, 0, v));
        Arbitrary<Mutation> text = Combinators.combine(where, unicode()).as((w, u) -> new Mutation(Kind.UNICODE, w, 0, u));
        Arbitrary<Mutation> raw = Combinators.combine(where, rawBytes()).as((w, b) -> new Mutation(Kind.RAW_BYTES, w, 0, b));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, simple), net.jqwik.api.Tuple.of(2, removeTag), net.jqwik.api.Tuple.of(6, insertTag),
                net.jqwik.api.Tuple.of(3, attribute), net.jqwik.api.Tuple.of(2, text), net.jqwik.api.Tuple.of(1, raw));
    }

    /** One to three mutations of one of the seeds, as bytes. */
    static Arbitrary<byte[]> of(List<String> seeds, List<String> tags) {
        return Combinators.combine(Arbitraries.of(seeds), mutation(tags).list().ofMinSize(1).ofMaxSize(3))
                .as((seed, mutations) -> {
                    String doc = latin1(seed);
                    for (Mutation m : mutations) doc = m.apply(doc);
                    return doc.getBytes(StandardCharsets.ISO_8859_1);
                });
    }
}
