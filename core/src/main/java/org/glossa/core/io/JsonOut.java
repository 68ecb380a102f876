package org.glossa.core.io;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer that pretty-prints with a two-space indent and {@code \n} line ends. It checks
 * only what it must to keep commas and indentation right; callers write keys in the order they want them.
 */
public final class JsonOut {
    private final Writer out;
    /** One entry per open object or array: true until its first member is written. */
    private final Deque<Boolean> empty = new ArrayDeque<>();
    private boolean afterKey;

    public JsonOut(Writer out) {
        this.out = out;
    }

    public JsonOut beginObject() throws IOException {
        beforeValue();
        out.write('{');
        empty.push(true);
        return this;
    }

    public JsonOut endObject() throws IOException {
        return end('}');
    }

    public JsonOut beginArray() throws IOException {
        beforeValue();
        out.write('[');
        empty.push(true);
        return this;
    }

    public JsonOut endArray() throws IOException {
        return end(']');
    }

    public JsonOut key(String name) throws IOException {
        beforeMember();
        string(name);
        out.write(": ");
        afterKey = true;
        return this;
    }

    /** A string value; {@code null} gives JSON {@code null}. */
    public JsonOut value(String s) throws IOException {
        beforeValue();
        if (s == null) out.write("null");
        else string(s);
        return this;
    }

    public JsonOut value(long n) throws IOException {
        beforeValue();
        out.write(Long.toString(n));
        return this;
    }

    /** Ends the document with a line break. */
    public void finish() throws IOException {
        if (!empty.isEmpty()) throw new IllegalStateException("unclosed object or array");
        out.write('\n');
    }

    private JsonOut end(char close) throws IOException {
        boolean wasEmpty = empty.pop();
        if (!wasEmpty) newline();
        out.write(close);
        return this;
    }

    private void beforeValue() throws IOException {
        if (afterKey) {
            afterKey = false;
        } else if (!empty.isEmpty()) {
            beforeMember();
        }
    }

    private void beforeMember() throws IOException {
        if (empty.isEmpty()) throw new IllegalStateException("a member outside an object or array");
        if (!empty.pop()) out.write(',');
        empty.push(false);
        newline();
    }

    private void newline() throws IOException {
        out.write('\n');
        for (int i = 0; i < empty.size(); i++) out.write("  ");
    }

    private void string(String s) throws IOException {
        out.write('"');
        out.write(escape(s));
        out.write('"');
    }

    /**
     * The JSON string body for {@code s}: quote, backslash and all control characters escaped, and U+2028 and
     * U+2029 too (JavaScript before ES2019 did not allow them raw in string literals). Lone surrogates are escaped
     * as {@code \}{@code uXXXX} so that they survive encoding.
     */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        unicodeEscape(b, c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        unicodeEscape(b, c);
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static void unicodeEscape(StringBuilder b, char c) {
        b.append(String.format("\\u%04x", (int) c));
    }
}
