package org.glossa.core.segment.gold;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small JSON reader for the gold files (objects, arrays, strings, numbers, true/false/null). */
final class MiniJson {
    private final String s;
    private int p;

    private MiniJson(String s) {
        this.s = s;
    }

    static Object parse(String json) {
        MiniJson r = new MiniJson(json);
        Object v = r.value();
        r.skip();
        if (r.p != json.length()) throw r.error("trailing text");
        return v;
    }

    private Object value() {
        skip();
        char c = s.charAt(p);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> m = new LinkedHashMap<>();
        p++;
        skip();
        if (s.charAt(p) == '}') { p++; return m; }
        while (true) {
            skip();
            String key = string();
            skip();
            expect(':');
            m.put(key, value());
            skip();
            if (s.charAt(p) == ',') { p++; continue; }
            expect('}');
            return m;
        }
    }

    private List<Object> array() {
        List<Object> a = new ArrayList<>();
        p++;
        skip();
        if (s.charAt(p) == ']') { p++; return a; }
        while (true) {
            a.add(value());
            skip();
            if (s.charAt(p) == ',') { p++; continue; }
            expect(']');
            return a;
        }
    }

    private String string() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = s.charAt(p++);
            if (c == '"') return sb.toString();
            if (c != '\\') { sb.append(c); continue; }
            char e = s.charAt(p++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> { sb.append((char) Integer.parseInt(s.substring(p, p + 4), 16)); p += 4; }
                default -> sb.append(e);
            }
        }
    }

    private Object number() {
        int start = p;
        while (p < s.length() && "+-0123456789.eE".indexOf(s.charAt(p)) >= 0) p++;
        if (start == p) throw error("unexpected character");
        return Double.parseDouble(s.substring(start, p));
    }

    private Object literal(String word, Object v) {
        if (!s.startsWith(word, p)) throw error("expected " + word);
        p += word.length();
        return v;
    }

    private void expect(char c) {
        if (s.charAt(p) != c) throw error("expected " + c);
        p++;
    }

    private void skip() {
        while (p < s.length() && Character.isWhitespace(s.charAt(p))) p++;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at offset " + p);
    }
}
