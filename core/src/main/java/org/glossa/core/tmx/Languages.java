package org.glossa.core.tmx;

import java.util.Locale;

/** Case normalisation of BCP 47 language tags as TMX files write them ("EN-US", "fr_ca", "zh-hant-tw"). */
public final class Languages {
    private Languages() {
    }

    /**
     * The tag with BCP 47 case conventions: language lower case, script title case, region upper case, everything
     * after a singleton ("x-", "u-"…) lower case. Underscores become hyphens. Nothing else is changed (no
     * canonicalisation of deprecated codes: "iw" stays "iw").
     */
    public static String normalise(String tag) {
        String t = tag.trim().replace('_', '-');
        if (t.isEmpty()) return t;
        String[] parts = t.split("-", -1);
        StringBuilder sb = new StringBuilder();
        boolean extension = false;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].toLowerCase(Locale.ROOT);
            if (i > 0) {
                sb.append('-');
                if (p.length() == 1) extension = true;
                else if (!extension && p.length() == 4 && Character.isLetter(p.charAt(0))) {
                    p = Character.toUpperCase(p.charAt(0)) + p.substring(1);
                } else if (!extension && (p.length() == 2 || (p.length() == 3 && Character.isDigit(p.charAt(0))))) {
                    p = p.toUpperCase(Locale.ROOT);
                }
            }
            sb.append(p);
        }
        return sb.toString();
    }
}
