import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.OutputStreamWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glossa.core.io.AtomicFiles;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.QaReport;
import org.glossa.core.qa.Severity;
import org.glossa.core.qa.Span;
import org.glossa.core.qa.TermInfo;
import org.glossa.core.qa.report.ReportFormat;
import org.glossa.core.qa.report.ReportWriter;

/**
 * The cost of writing a QA JSON report (the step `glossa qa` runs alone after the checks): the findings of REPORT
 * (a JSON report, e.g. the bench's) held in memory and written ROUNDS times to OUT, alternately
 *   writer: through a UTF-8 OutputStreamWriter (Jackson's character generator, serial: how it was before session 11)
 *   stream: ReportWriter's file path (Jackson's UTF-8 generator, the issues rendered on two threads; decision 0048)
 * with the main thread's CPU, the process's CPU and the wall time of each; both must give REPORT's bytes.
 * Usage: bench/qa-report.sh REPORT [ROUNDS]   (see docs/benchmarks.md, "Issue 17, session 11")
 */
public final class QaReportBench {
    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int rounds = Integer.parseInt(args[2]);
        QaReport report = read(source);
        var threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        byte[] expected = Files.readAllBytes(source);
        System.out.printf("%-6s %5s %10s %12s %9s  bytes%n", "path", "round", "main CPU", "process CPU", "wall");
        for (int r = 1; r <= rounds; r++) {
            for (String how : List.of("writer", "stream")) {
                System.gc();
                long c0 = threads.getCurrentThreadCpuTime();
                long p0 = os.getProcessCpuTime();
                long w0 = System.nanoTime();
                if (how.equals("writer")) {
                    AtomicFiles.write(out, o -> ReportWriter.write(report, ReportFormat.JSON, new OutputStreamWriter(o, StandardCharsets.UTF_8)));
                } else {
                    ReportWriter.write(report, ReportFormat.JSON, out);
                }
                long w1 = System.nanoTime();
                long p1 = os.getProcessCpuTime();
                long c1 = threads.getCurrentThreadCpuTime();
                boolean same = java.util.Arrays.equals(expected, Files.readAllBytes(out));
                System.out.printf("%-6s %5d %7.0f ms %9.0f ms %6.0f ms  %s%n", how, r, (c1 - c0) / 1e6, (p1 - p0) / 1e6,
                        (w1 - w0) / 1e6, same ? "same" : "DIFFER");
            }
        }
    }

    private static QaReport read(Path json) throws Exception {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        List<Finding> findings = new ArrayList<>();
        for (JsonNode i : root.get("issues")) {
            JsonNode term = i.get("term");
            Optional<TermInfo> t = Optional.empty();
            if (term != null) {
                List<String> expected = new ArrayList<>();
                term.get("expected").forEach(x -> expected.add(x.asText()));
                t = Optional.of(new TermInfo(term.get("source").asText(), expected, term.get("found").asText(), term.get("glossary").asText()));
            }
            findings.add(new Finding(i.get("file").asText(), i.get("unit").asText(), i.get("segment").asText(), i.get("check").asText(),
                    Severity.fromId(i.get("severity").asText()).orElseThrow(), i.get("message").asText(), i.get("source").asText(),
                    i.get("target").asText(), span(i.get("sourceSpan")), span(i.get("targetSpan")), t));
        }
        return new QaReport(findings, root.get("summary").get("segments").asInt(), List.of());
    }

    private static Optional<Span> span(JsonNode span) {
        return span == null ? Optional.empty() : Optional.of(new Span(span.get("start").asInt(), span.get("end").asInt()));
    }
}
