package org.glossa.core.segment.gold;

import org.glossa.core.testing.MiniJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One test case of the segmentation gold data (shared/interop/segmentation-golden-rules, MANIFEST.md section 4).
 *
 * @param language the language to segment with: the case's segmenter option when it names en or de, else its field
 * @param flagged  the source itself skips the case (not implemented) or marks it as a known failure
 */
record GoldCase(String id, String language, String input, List<String> expected, boolean flagged) {

    @SuppressWarnings("unchecked")
    static List<GoldCase> read(Path json) throws IOException {
        List<Object> all = (List<Object>) MiniJson.parse(Files.readString(json, StandardCharsets.UTF_8));
        return all.stream().map(o -> of((Map<String, Object>) o)).toList();
    }

    @SuppressWarnings("unchecked")
    private static GoldCase of(Map<String, Object> m) {
        Map<String, Object> options = (Map<String, Object>) m.getOrDefault("spec_options",
                m.getOrDefault("segmenter_options", Map.of()));
        Object lang = options == null ? null : options.get("language");
        String language = "en".equals(lang) || "de".equals(lang) ? (String) lang : (String) m.get("language");
        boolean flagged = Boolean.TRUE.equals(m.get("skipped_in_spec_as_not_implemented"))
                || Boolean.TRUE.equals(m.get("skipped_in_source_as_not_implemented"))
                || Boolean.TRUE.equals(m.get("known_failure_in_pysbd"));
        return new GoldCase((String) m.get("id"), language, (String) m.get("input"), (List<String>) m.get("expected"), flagged);
    }

    /**
     * True when the expected segments are the input cut at sentence ends: each one is found in order in the input,
     * within one line, with only whitespace between. False when pragmatic_segmenter's cleaner rewrote the text
     * (joined lines, removed dots, HTML or spaces), which a segmenter that keeps the text cannot produce.
     */
    boolean expectedIsAPartitionOfTheInput() {
        int pos = 0;
        for (String e : expected) {
            String seg = e.strip();
            int i = input.indexOf(seg, pos);
            if (i < 0 || !input.substring(pos, i).isBlank() || seg.indexOf('\n') >= 0 || seg.indexOf('\r') >= 0) return false;
            pos = i + seg.length();
        }
        return input.substring(pos).isBlank();
    }
}
