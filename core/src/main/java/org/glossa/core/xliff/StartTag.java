package org.glossa.core.xliff;

/**
 * Edits one attribute in the text of an XML start tag as written in a file, leaving the rest of the tag (other
 * attributes, their order, quotes and spacing) as it was.
 */
final class StartTag {
    private StartTag() {
    }

    /**
     * The tag with attribute {@code qname} set to {@code value}: its value replaced in place (same quotes), or the
     * attribute added after the last one.
     */
    static String withAttribute(String tag, String qname, String value) {
        int i = 1;
        while (i < tag.length() && !isSpace(tag.charAt(i)) && tag.charAt(i) != '>' && tag.charAt(i) != '/') i++;
        int afterLast = i;
        while (true) {
            int j = i;
            while (j < tag.length() && isSpace(tag.charAt(j))) j++;
            if (j >= tag.length() || tag.charAt(j) == '>' || tag.charAt(j) == '/') break;
            int nameStart = j;
            while (j < tag.length() && tag.charAt(j) != '=' && !isSpace(tag.charAt(j))) j++;
            String name = tag.substring(nameStart, j);
            while (j < tag.length() && tag.charAt(j) != '"' && tag.charAt(j) != '\'') j++;
            if (j >= tag.length()) throw new IllegalArgumentException("not a start tag: " + tag);
            char quote = tag.charAt(j);
            int valueStart = j + 1;
            int valueEnd = tag.indexOf(quote, valueStart);
            if (valueEnd < 0) throw new IllegalArgumentException("not a start tag: " + tag);
            if (name.equals(qname)) {
                return tag.substring(0, valueStart) + escape(value, quote) + tag.substring(valueEnd);
            }
            i = valueEnd + 1;
            afterLast = i;
        }
        return tag.substring(0, afterLast) + " " + qname + "=\"" + escape(value, '"') + "\"" + tag.substring(afterLast);
    }

    /** The tag with attribute {@code from} renamed to {@code to} (its value kept); the tag as it is without it. */
    static String renamed(String tag, String from, String to) {
        for (String sep : new String[] {" ", "\t", "\n", "\r"}) {
            int at = tag.indexOf(sep + from + "=");
            if (at < 0) at = tag.indexOf(sep + from + " ");
            if (at >= 0) return tag.substring(0, at + 1) + to + tag.substring(at + 1 + from.length());
        }
        return tag;
    }

    /** An empty-element tag ({@code <x …/>}) as a start tag ({@code <x …>}). */
    static String opened(String emptyElementTag) {
        if (!emptyElementTag.endsWith("/>")) return emptyElementTag;
        return emptyElementTag.substring(0, emptyElementTag.length() - 2) + ">";
    }

    static String escape(String value, char quote) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '"' -> sb.append(quote == '"' ? "&quot;" : "\"");
                case '\'' -> sb.append(quote == '\'' ? "&apos;" : "'");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                case '\t' -> sb.append("&#9;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
