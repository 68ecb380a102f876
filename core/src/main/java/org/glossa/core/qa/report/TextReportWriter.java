package org.glossa.core.qa.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.QaReport;
import org.glossa.core.qa.Severity;

/**
 * The text report, for a terminal 100 columns wide: findings grouped by file and then by unit, each on one line
 * ({@code u8/s1  error    term-missing     message}) followed by a line with the source and target around the
 * finding's span, marked »like this«; then counts by check and a summary line
 * ({@code 6 issues in 120 segments: 3 errors, 2 warnings, 1 info}). Control characters in the texts are shown
 * as visible symbols, so a segment cannot send escape sequences to the terminal. No ANSI colours unless made
 * with {@link #coloured()}.
 */
public final class TextReportWriter {
    public static final int WIDTH = 100;
    private static final String INDENT = "  ";
    private static final String EXCERPT_INDENT = "      ";
    private static final String ARROW = "  →  ";
    private static final int MAX_LOCATION = 24;
    private static final int MAX_CHECK = 22;
    private static final int SEVERITY_WIDTH = "warning".length();

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";

    private final boolean colour;

    private TextReportWriter(boolean colour) {
        this.colour = colour;
    }

    /** Plain text, no escape sequences: the default. */
    public static TextReportWriter plain() {
        return new TextReportWriter(false);
    }

    /** With ANSI colours for severities, file names and marked spans, for a terminal that wants them. */
    public static TextReportWriter coloured() {
        return new TextReportWriter(true);
    }

    /**
     * Writes the report. The findings are read twice (widths and counts first) and held one file at a time, unless a
     * file's findings are not together (a file name given twice): then all of them are held.
     */
    public void write(QaReport report, Writer out) throws IOException {
        Lines lines = new Lines(out);
        lines.add("QA report: " + plural(report.files().size(), "file") + ", "
                + plural(report.segments(), "segment") + " checked");
        Map<String, Integer> issuesByFile = new LinkedHashMap<>();
        boolean together = true;
        String previous = null;
        int locationWidth = 0;
        for (Finding f : report.findings()) {
            if (!f.file().equals(previous) && issuesByFile.containsKey(f.file())) together = false;
            previous = f.file();
            issuesByFile.merge(f.file(), 1, Integer::sum);
            locationWidth = Math.max(locationWidth, location(f).length());
        }
        locationWidth = Math.min(MAX_LOCATION, locationWidth);
        int checkWidth = Math.min(MAX_CHECK, report.countsByCheck().keySet().stream().mapToInt(String::length).max().orElse(0));
        if (together) {
            Map<String, List<Finding>> units = new LinkedHashMap<>();
            String file = null;
            for (Finding f : report.findings()) {
                if (!f.file().equals(file)) {
                    if (file != null) file(lines, file, issuesByFile.get(file), units, locationWidth, checkWidth);
                    file = f.file();
                    units.clear();
                }
                units.computeIfAbsent(f.unit(), k -> new ArrayList<>()).add(f);
            }
            if (file != null) file(lines, file, issuesByFile.get(file), units, locationWidth, checkWidth);
        } else {
            for (Map.Entry<String, Map<String, List<Finding>>> file : group(report.findings()).entrySet()) {
                file(lines, file.getKey(), issuesByFile.get(file.getKey()), file.getValue(), locationWidth, checkWidth);
            }
        }
        List<String> clean = report.files().stream().filter(f -> !issuesByFile.containsKey(f)).toList();
        if (!clean.isEmpty()) {
            lines.add("");
            for (String f : clean) lines.add(Excerpt.visible(f) + ": no issues");
        }
        if (report.issues() > 0) {
            lines.add("");
            lines.add("By check:");
            for (Map.Entry<String, Map<Severity, Integer>> e : report.countsByCheckAndSeverity().entrySet()) {
                int total = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
                lines.add(INDENT + pad(Excerpt.visible(e.getKey()), checkWidth) + "  " + String.format("%4d", total)
                        + "  (" + severities(e.getValue(), false) + ")");
            }
        }
        lines.add("");
        lines.add(plural(report.issues(), "issue") + " in " + plural(report.segments(), "segment") + ": "
                + severities(report.countsBySeverity(), true));
        lines.flush();
    }

    private void file(Lines lines, String file, int issues, Map<String, List<Finding>> units, int locationWidth,
                      int checkWidth) throws IOException {
        lines.add("");
        lines.add(style(BOLD, Excerpt.visible(file)) + "  (" + plural(issues, "issue") + ")");
        for (List<Finding> unit : units.values()) {
            for (Finding f : unit) finding(lines, f, locationWidth, checkWidth);
        }
    }

    /** Findings by file, then by unit, each in order of first appearance; findings keep their order in a unit. */
    private static Map<String, Map<String, List<Finding>>> group(Iterable<Finding> findings) {
        Map<String, Map<String, List<Finding>>> byFile = new LinkedHashMap<>();
        for (Finding f : findings) {
            byFile.computeIfAbsent(f.file(), k -> new LinkedHashMap<>()).computeIfAbsent(f.unit(), k -> new ArrayList<>()).add(f);
        }
        return byFile;
    }

    private void finding(Lines lines, Finding f, int locationWidth, int checkWidth) throws IOException {
        String severity = style(severityStyle(f.severity()), pad(f.severity().id(), SEVERITY_WIDTH));
        lines.add(INDENT + pad(Excerpt.visible(location(f)), locationWidth) + "  " + severity + "  "
                + pad(Excerpt.visible(f.check()), checkWidth) + "  " + Excerpt.visible(f.message()));
        if (f.source().isEmpty() && f.target().isEmpty()) return;
        int room = WIDTH - EXCERPT_INDENT.length() - ARROW.length();
        String target = f.target().isEmpty() ? "(empty)" : null;
        int sourceLength = Excerpt.markedLength(f.source(), f.sourceSpan());
        int targetLength = target != null ? target.length() : Excerpt.markedLength(f.target(), f.targetSpan());
        int sourceRoom = room / 2;
        if (sourceLength + targetLength <= room) sourceRoom = sourceLength;
        else if (sourceLength < room / 2) sourceRoom = sourceLength;
        else if (targetLength < room - room / 2) sourceRoom = room - targetLength;
        int targetRoom = room - sourceRoom;
        String source = f.source().isEmpty() ? "(empty)" : highlight(Excerpt.excerpt(f.source(), f.sourceSpan(), Math.max(4, sourceRoom)));
        if (target == null) target = highlight(Excerpt.excerpt(f.target(), f.targetSpan(), Math.max(4, targetRoom)));
        lines.add(EXCERPT_INDENT + source + ARROW + target);
    }

    private static String location(Finding f) {
        return f.unit() + "/" + f.segment();
    }

    private String highlight(String excerpt) {
        if (!colour) return excerpt;
        return excerpt.replace("" + Excerpt.OPEN, Excerpt.OPEN + BOLD).replace("" + Excerpt.CLOSE, RESET + Excerpt.CLOSE);
    }

    private static String severityStyle(Severity s) {
        return switch (s) {
            case ERROR -> "\u001b[1;31m";
            case WARNING -> "\u001b[33m";
            case INFO -> "\u001b[36m";
        };
    }

    private String style(String code, String text) {
        return colour ? code + text + RESET : text;
    }

    private static String severities(Map<Severity, Integer> counts, boolean all) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Severity, Integer> e : counts.entrySet()) {
            if (!all && e.getValue() == 0) continue;
            parts.add(e.getKey() == Severity.INFO ? e.getValue() + " info" : plural(e.getValue(), e.getKey().id()));
        }
        return String.join(", ", parts);
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /** Writes lines with {@code \n}, trailing spaces stripped. */
    private static final class Lines {
        private final Writer out;

        Lines(Writer out) {
            this.out = out;
        }

        void add(String line) throws IOException {
            out.write(line.stripTrailing());
            out.write('\n');
        }

        void flush() throws IOException {
            out.flush();
        }
    }
}
