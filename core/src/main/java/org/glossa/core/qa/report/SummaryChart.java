package org.glossa.core.qa.report;

import java.util.Locale;
import java.util.Map;
import org.glossa.core.qa.QaReport;
import org.glossa.core.qa.Severity;

/**
 * The summary chart of the HTML report: inline SVG, one horizontal bar per check, stacked by severity (error,
 * warning, info), scaled to the check with the most findings, with the total at the end of each bar.
 */
final class SummaryChart {
    private static final int ROW = 28;
    private static final int BAR = 18;
    private static final int BAR_ROOM = 440;
    private static final int COUNT_ROOM = 48;
    private static final double CHAR_WIDTH = 7.6;

    private SummaryChart() {
    }

    static String svg(Map<String, Map<Severity, Integer>> counts) {
        int longest = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
        int labelRoom = (int) Math.min(260, Math.max(80, Math.ceil(longest * CHAR_WIDTH) + 16));
        int max = counts.values().stream().mapToInt(SummaryChart::total).max().orElse(0);
        int width = labelRoom + BAR_ROOM + COUNT_ROOM;
        int height = counts.size() * ROW + 4;
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-labelledby=\"chart-title\">\n");
        b.append("<title id=\"chart-title\">Issues by check and severity</title>\n");
        int y = 2;
        for (Map.Entry<String, Map<Severity, Integer>> row : counts.entrySet()) {
            String check = Html.esc(row.getKey());
            int total = total(row.getValue());
            int barY = y + (ROW - BAR) / 2;
            int textY = y + ROW / 2 + 5;
            b.append("<g class=\"row\" data-check=\"").append(check).append("\">");
            b.append("<title>").append(check).append(": ").append(describe(row.getValue())).append("</title>");
            b.append("<text class=\"label\" x=\"").append(labelRoom - 10).append("\" y=\"").append(textY)
                    .append("\" text-anchor=\"end\">").append(check).append("</text>");
            b.append("<rect class=\"track\" x=\"").append(labelRoom).append("\" y=\"").append(barY).append("\" width=\"")
                    .append(BAR_ROOM).append("\" height=\"").append(BAR).append("\" rx=\"3\"/>");
            double x = labelRoom;
            for (Severity s : QaReport.SEVERITIES_WORST_FIRST) {
                int n = row.getValue().getOrDefault(s, 0);
                if (n == 0) continue;
                double w = (double) BAR_ROOM * n / max;
                b.append("<rect class=\"bar sev-").append(s.id()).append("\" x=\"").append(fmt(x)).append("\" y=\"")
                        .append(barY).append("\" width=\"").append(fmt(w)).append("\" height=\"").append(BAR).append("\"/>");
                x += w;
            }
            b.append("<text class=\"count\" x=\"").append(fmt(x + 8)).append("\" y=\"").append(textY).append("\">")
                    .append(total).append("</text>");
            b.append("</g>\n");
            y += ROW;
        }
        b.append("</svg>");
        return b.toString();
    }

    private static int total(Map<Severity, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String describe(Map<Severity, Integer> counts) {
        StringBuilder b = new StringBuilder();
        for (Severity s : QaReport.SEVERITIES_WORST_FIRST) {
            int n = counts.getOrDefault(s, 0);
            if (n == 0) continue;
            if (b.length() > 0) b.append(", ");
            b.append(s == Severity.INFO ? n + " info" : TextReportWriter.plural(n, s.id()));
        }
        return b.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
