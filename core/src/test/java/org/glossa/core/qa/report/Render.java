package org.glossa.core.qa.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.glossa.core.qa.QaReport;

final class Render {
    private Render() {
    }

    static String render(QaReport report, ReportFormat format) {
        StringWriter out = new StringWriter();
        try {
            ReportWriter.write(report, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
