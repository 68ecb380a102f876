package org.glossa.core.xliff;

import java.util.Locale;
import java.util.Optional;
import org.glossa.core.model.Format;
import org.glossa.core.model.Role;
import org.glossa.core.model.SegmentState;

/** How XLIFF 1.x attribute values map onto the model (decision record 0001). */
final class Xliff12Values {
    private Xliff12Values() {
    }

    /**
     * BCP 47 case conventions: language lower case, script title case, region upper case, everything after a
     * singleton (extensions, {@code x-} private use) lower case. {@code _} is read as {@code -}.
     * "en-us" → "en-US", "EN" → "en", "zh_hant_tw" → "zh-Hant-TW".
     */
    static String language(String tag) {
        String[] subtags = tag.trim().split("[-_]");
        StringBuilder sb = new StringBuilder();
        boolean afterSingleton = false;
        for (int i = 0; i < subtags.length; i++) {
            String s = subtags[i];
            String norm;
            if (i == 0 || afterSingleton) {
                norm = s.toLowerCase(Locale.ROOT);
            } else if (s.length() == 1) {
                norm = s.toLowerCase(Locale.ROOT);
                afterSingleton = true;
            } else if (s.length() == 2 && isLetters(s)) {
                norm = s.toUpperCase(Locale.ROOT);
            } else if (s.length() == 4 && isLetters(s)) {
                norm = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT);
            } else {
                norm = s.toLowerCase(Locale.ROOT);
            }
            if (i > 0) sb.append('-');
            sb.append(norm);
        }
        return sb.toString();
    }

    private static boolean isLetters(String s) {
        return s.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    }

    /** The last component of a path written with {@code /} or {@code \}; empty when there is none. */
    static Optional<String> lastPathComponent(String path) {
        String p = path.trim().replace('\\', '/');
        while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
        String last = p.substring(p.lastIndexOf('/') + 1);
        return last.isEmpty() ? Optional.empty() : Optional.of(last);
    }

    /** {@code article.txt.xlf} → {@code article.txt}: the name of the document an XLIFF file was made from. */
    static String withoutXliffExtension(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (String ext : new String[] {".xlf", ".xliff", ".sdlxliff", ".mqxliff"}) {
            if (lower.endsWith(ext) && lower.length() > ext.length()) return name.substring(0, name.length() - ext.length());
        }
        return name;
    }

    /** {@code glossa:format} wins when it names a known format; otherwise the XLIFF {@code datatype}. */
    static Format format(Optional<String> glsFormat, Optional<String> datatype) {
        Optional<Format> explicit = glsFormat.flatMap(Format::fromId);
        if (explicit.isPresent()) return explicit.get();
        return switch (datatype.map(d -> d.trim().toLowerCase(Locale.ROOT)).orElse("")) {
            case "plaintext" -> Format.TEXT;
            case "html", "xhtml" -> Format.HTML;
            case "x-docx" -> Format.DOCX;
            case "x-markdown" -> Format.MARKDOWN;
            case "x-pdf" -> Format.PDF;
            default -> Format.UNKNOWN;
        };
    }

    /**
     * Only {@code x-ROLE} values are ours; plain XLIFF restypes such as {@code caption} or {@code heading} describe
     * user-interface resources (a dialog caption), not article roles, and give {@link Role#BODY}.
     */
    static Role role(Optional<String> restype) {
        return restype.filter(t -> t.startsWith("x-")).flatMap(Role::fromId).orElse(Role.BODY);
    }

    /**
     * The state of a segment from {@code target/@state} and {@code trans-unit/@approved}.
     * <ul>
     *   <li>no target content: {@link SegmentState#INITIAL}, whatever the attributes say;</li>
     *   <li>{@code new}, {@code needs-translation}, {@code needs-l10n}, {@code needs-adaptation}: INITIAL (the target
     *       is a placeholder, often a copy of the source);</li>
     *   <li>{@code translated} and {@code needs-review-*}: TRANSLATED (translated, review still to come);</li>
     *   <li>{@code signed-off}: REVIEWED; {@code final}: FINAL;</li>
     *   <li>no state or an {@code x-} value: TRANSLATED (a target with content);</li>
     *   <li>{@code approved="yes"} raises the result to at least REVIEWED.</li>
     * </ul>
     * {@code state-qualifier} (exact-match, mt-suggestion…) says where a target came from, not how far it is, and
     * is not read.
     */
    static SegmentState state(Optional<String> state, boolean hasTarget, boolean approved) {
        if (!hasTarget) return SegmentState.INITIAL;
        SegmentState s = switch (state.orElse("")) {
            case "new", "needs-translation", "needs-l10n", "needs-adaptation" -> SegmentState.INITIAL;
            case "signed-off" -> SegmentState.REVIEWED;
            case "final" -> SegmentState.FINAL;
            default -> SegmentState.TRANSLATED;
        };
        if (approved && s.compareTo(SegmentState.REVIEWED) < 0) return SegmentState.REVIEWED;
        return s;
    }
}
