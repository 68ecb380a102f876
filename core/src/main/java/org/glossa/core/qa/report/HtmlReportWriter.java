package org.glossa.core.qa.report;

import static org.glossa.core.qa.report.Html.esc;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.QaReport;
import org.glossa.core.qa.Severity;
import org.glossa.core.qa.TermInfo;

/**
 * The HTML report: one self-contained UTF-8 page (inline style and script, nothing loaded from elsewhere) with
 * the files checked, counts per severity, an SVG chart of the findings by check and severity, a filter bar (text,
 * severities, check) and a table of the findings with source and target side by side, the finding's span in a
 * {@code <mark class="sev-…">}. All report text is escaped. The table is written row by row as the findings are read.
 */
public final class HtmlReportWriter {
    /** How much of the page is made before it is written out. */
    private static final int FLUSH_AT = 1 << 16;
    private static final List<String> COLUMNS = List.of("File", "Unit", "Segment", "Check", "Severity", "Message", "Source", "Target");

    public void write(QaReport report, Writer out) throws IOException {
        StringBuilder b = new StringBuilder(FLUSH_AT + 4096);
        String title = title(report);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n")
                .append("<style>\n").append(HtmlAssets.CSS).append("</style>\n</head>\n<body>\n");
        b.append("<header>\n<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">")
                .append(TextReportWriter.plural(report.files().size(), "file")).append(" · ")
                .append(TextReportWriter.plural(report.segments(), "segment")).append(" checked · ")
                .append(TextReportWriter.plural(report.issues(), "issue")).append("</p>\n");
        files(b, report.files());
        b.append("</header>\n<main>\n");
        summary(b, report);
        if (report.issues() == 0) {
            b.append("<p class=\"empty-note\">No issues found in ").append(TextReportWriter.plural(report.segments(), "segment"))
                    .append(".</p>\n");
        } else {
            issues(b, report, out);
        }
        b.append("</main>\n<script>\n").append(HtmlAssets.SCRIPT).append("</script>\n</body>\n</html>\n");
        out.write(b.toString());
    }

    private static String title(QaReport report) {
        return report.files().size() == 1 ? "QA report: " + report.files().get(0) : "QA report";
    }

    private static void files(StringBuilder b, List<String> files) {
        if (files.isEmpty()) return;
        b.append("<div class=\"files\">Files checked: <ul>");
        for (String f : files) b.append("<li>").append(esc(f)).append("</li>");
        b.append("</ul></div>\n");
    }

    private static void summary(StringBuilder b, QaReport report) {
        b.append("<section class=\"summary panel\" aria-labelledby=\"summary-title\">\n")
                .append("<div class=\"counts\">\n<h2 id=\"summary-title\">Summary</h2>\n<ul class=\"stats\">\n");
        b.append("<li class=\"stat total\"><b>").append(report.issues()).append("</b>")
                .append(report.issues() == 1 ? "issue" : "issues").append("</li>\n");
        for (Map.Entry<Severity, Integer> e : report.countsBySeverity().entrySet()) {
            b.append("<li class=\"stat sev-").append(e.getKey().id()).append("\"><b>").append(e.getValue()).append("</b>")
                    .append(label(e.getKey(), e.getValue())).append("</li>\n");
        }
        b.append("</ul>\n</div>\n");
        if (report.issues() > 0) {
            b.append("<figure aria-labelledby=\"chart-caption\">\n<h2 id=\"chart-caption\">By check and severity</h2>\n")
                    .append(SummaryChart.svg(report.countsByCheckAndSeverity())).append('\n')
                    .append("<ul class=\"legend\" aria-hidden=\"true\">");
            for (Severity s : QaReport.SEVERITIES_WORST_FIRST) {
                b.append("<li class=\"sev-").append(s.id()).append("\">").append(s.id()).append("</li>");
            }
            b.append("</ul>\n</figure>\n");
        }
        b.append("</section>\n");
    }

    /** The issues table; rows are written to {@code out} as they are made, so that the findings are not all held. */
    private static void issues(StringBuilder b, QaReport report, Writer out) throws IOException {
        Map<Severity, Integer> bySeverity = report.countsBySeverity();
        b.append("<section aria-labelledby=\"issues-title\">\n<h2 id=\"issues-title\">Issues</h2>\n");
        b.append("<form class=\"filters\" role=\"search\" onsubmit=\"return false\">\n")
                .append("<div><label class=\"field\" for=\"filter-text\">Search</label>")
                .append("<input type=\"search\" id=\"filter-text\" placeholder=\"Text, file, unit, message…\"></div>\n")
                .append("<fieldset><legend>Severity</legend>");
        for (Severity s : QaReport.SEVERITIES_WORST_FIRST) {
            b.append("<label><input type=\"checkbox\" name=\"severity\" value=\"").append(s.id()).append("\" checked> ")
                    .append(label(s, 2)).append(" (").append(bySeverity.get(s)).append(")</label>");
        }
        b.append("</fieldset>\n<div><label class=\"field\" for=\"filter-check\">Check</label><select id=\"filter-check\">")
                .append("<option value=\"\">All checks</option>");
        for (Map.Entry<String, Integer> e : report.countsByCheck().entrySet()) {
            b.append("<option value=\"").append(esc(e.getKey())).append("\">").append(esc(e.getKey())).append(" (")
                    .append(e.getValue()).append(")</option>");
        }
        b.append("</select></div>\n<output id=\"filter-count\" for=\"filter-text filter-check\" aria-live=\"polite\">")
                .append(report.issues()).append(" of ").append(report.issues()).append(" issues shown</output>\n</form>\n");
        b.append("<table id=\"issues\">\n<caption class=\"visually-hidden\">Issues found, one per row</caption>\n<thead><tr>");
        for (String c : COLUMNS) b.append("<th scope=\"col\">").append(c).append("</th>");
        b.append("</tr></thead>\n<tbody>\n");
        int i = 0;
        for (Finding f : report.findings()) {
            row(b, f, i++ % 2 == 1);
            if (b.length() >= FLUSH_AT) {
                out.write(b.toString());
                b.setLength(0);
            }
        }
        b.append("</tbody>\n</table>\n<p id=\"no-match\" class=\"empty-note\" hidden>No issues match the filter.</p>\n</section>\n");
    }

    private static void row(StringBuilder b, Finding f, boolean alt) {
        String sev = f.severity().id();
        String mark = "sev-" + sev;
        b.append("<tr data-severity=\"").append(sev).append("\" data-check=\"").append(esc(f.check())).append('"')
                .append(alt ? " class=\"alt\"" : "").append(">");
        b.append("<td class=\"file\">").append(esc(f.file())).append("</td>");
        b.append("<td class=\"id\">").append(esc(f.unit())).append("</td>");
        b.append("<td class=\"id\">").append(esc(f.segment())).append("</td>");
        b.append("<td class=\"check\"><code>").append(esc(f.check())).append("</code></td>");
        b.append("<td><span class=\"badge ").append(mark).append("\">").append(sev).append("</span></td>");
        b.append("<td class=\"msg\">").append(esc(f.message()));
        f.term().ifPresent(t -> term(b, t));
        b.append("</td>");
        b.append("<td class=\"seg\">").append(Html.marked(f.source(), f.sourceSpan(), mark, f.check())).append("</td>");
        b.append("<td class=\"seg\">").append(f.target().isEmpty() ? "<span class=\"none\">(empty)</span>"
                : Html.marked(f.target(), f.targetSpan(), mark, f.check())).append("</td>");
        b.append("</tr>\n");
    }

    private static void term(StringBuilder b, TermInfo t) {
        b.append("<div class=\"term\">Glossary: <b>").append(esc(t.source() == null ? "" : t.source())).append("</b> → ")
                .append(esc(String.join(", ", t.expected())));
        if (!t.found().isEmpty()) b.append("; found <b>").append(esc(t.found())).append("</b>");
        if (!t.glossary().isEmpty()) b.append(" <span class=\"gl\">").append(esc(t.glossary())).append("</span>");
        b.append("</div>");
    }

    private static String label(Severity s, int n) {
        return switch (s) {
            case ERROR -> n == 1 ? "error" : "errors";
            case WARNING -> n == 1 ? "warning" : "warnings";
            case INFO -> "info";
        };
    }
}
