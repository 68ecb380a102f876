package org.glossa.core.segment.news;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes Glossa's segmentation rules as an SRX 2.0 file, so other tools (and {@code --srx}) can segment the same
 * way: one language rule per language pack plus a generic one, mapped by language pattern. SRX cannot express all
 * of the native engine (see {@link SrxRules}), so its segmentation is close to, not identical with, the default.
 */
public final class SrxExport {
    private SrxExport() {
    }

    /** The SRX document as text. */
    public static String toSrx() {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<!-- Glossa sentence segmentation rules, exported from the language packs of org.glossa.core.segment.news -->\n");
        sb.append("<srx xmlns=\"http://www.lisa.org/srx20\" version=\"2.0\">\n");
        sb.append("  <header segmentsubflows=\"yes\" cascade=\"no\"/>\n");
        sb.append("  <body>\n    <languagerules>\n");
        for (String lang : LanguagePack.languages()) {
            LanguagePack pack = LanguagePack.forLanguage(lang).orElseThrow();
            languageRule(sb, ruleName(lang), SrxRules.of(pack));
        }
        languageRule(sb, "Glossa default", SrxRules.generic());
        sb.append("    </languagerules>\n    <maprules>\n");
        for (String lang : LanguagePack.languages()) {
            sb.append("      <languagemap languagepattern=\"").append(lang).append("(-.*)?\" languagerulename=\"")
                    .append(ruleName(lang)).append("\"/>\n");
        }
        sb.append("      <languagemap languagepattern=\".*\" languagerulename=\"Glossa default\"/>\n");
        sb.append("    </maprules>\n  </body>\n</srx>\n");
        return sb.toString();
    }

    /** Writes {@link #toSrx()} to {@code file} (UTF-8). */
    public static void write(Path file) throws IOException {
        Files.writeString(file, toSrx(), StandardCharsets.UTF_8);
    }

    private static String ruleName(String lang) {
        return "Glossa " + lang.toUpperCase(Locale.ROOT);
    }

    private static void languageRule(StringBuilder sb, String name, List<SrxRules.Rule> rules) {
        sb.append("      <languagerule languagerulename=\"").append(name).append("\">\n");
        for (SrxRules.Rule r : rules) {
            sb.append("        <rule break=\"").append(r.breaks() ? "yes" : "no").append("\">")
                    .append("<beforebreak>").append(xml(r.before())).append("</beforebreak>")
                    .append("<afterbreak>").append(xml(r.after())).append("</afterbreak></rule>\n");
        }
        sb.append("      </languagerule>\n");
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
