package org.glossa.core.format;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import net.htmlparser.jericho.Attribute;
import net.htmlparser.jericho.CharacterReference;
import net.htmlparser.jericho.EndTag;
import net.htmlparser.jericho.Segment;
import net.htmlparser.jericho.Source;
import net.htmlparser.jericho.StartTag;
import net.htmlparser.jericho.Tag;

/**
 * An HTML page as a list of tokens for comparison: each tag with its name and sorted, decoded attributes, and the
 * text between tags with character references decoded and whitespace collapsed. Whitespace-only text between
 * blocks is left out, so two pages that differ only there (or in how a character is escaped) compare equal.
 */
final class HtmlTokens {
    private HtmlTokens() {
    }

    static List<String> of(String html) {
        List<String> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Segment node : (Iterable<Segment>) () -> new Source(html).getNodeIterator()) {
            if (node instanceof Tag tag) {
                flush(text, out);
                out.add(token(tag));
            } else {
                text.append(node);
            }
        }
        flush(text, out);
        return out;
    }

    private static String token(Tag tag) {
        if (tag instanceof EndTag end) return "</" + end.getName() + ">";
        StartTag start = (StartTag) tag;
        if (start.getAttributes() == null) return start.toString(); // doctype, comments
        TreeMap<String, String> attributes = new TreeMap<>();
        for (Attribute a : start.getAttributes()) attributes.put(a.getKey(), a.getValue());
        return "<" + start.getName() + " " + attributes + ">";
    }

    private static void flush(StringBuilder text, List<String> out) {
        String t = CharacterReference.decode(text).replaceAll("[ \\t\\r\\n]+", " ").strip();
        if (!t.isEmpty()) out.add(t);
        text.setLength(0);
    }
}
