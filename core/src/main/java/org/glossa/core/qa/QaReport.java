package org.glossa.core.qa;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The outcome of a QA run, as the report writers see it: the findings, which may live on disk (a
 * {@link org.glossa.core.qa.QaSession}'s spool: the writers read them once more each) and their counts.
 */
public final class QaReport {
    /** Severities from worst to mildest: the order reports list them in. */
    public static final List<Severity> SEVERITIES_WORST_FIRST = List.of(Severity.ERROR, Severity.WARNING, Severity.INFO);

    private final Iterable<Finding> findings;
    private final int segments;
    private final List<String> files;
    private final int issues;
    private final Map<String, Map<Severity, Integer>> byCheckAndSeverity;

    /**
     * @param findings the findings, in the order the checks reported them
     * @param segments how many segments were checked (with or without findings)
     * @param files    the files checked, in the order they were given
     */
    public QaReport(List<Finding> findings, int segments, List<String> files) {
        this((Iterable<Finding>) List.copyOf(Objects.requireNonNull(findings, "findings")), segments, files);
    }

    /** A report over findings that can be iterated more than once (counted here, once). */
    public QaReport(Iterable<Finding> findings, int segments, List<String> files) {
        this(findings, segments, files, count(findings));
    }

    /**
     * A report over findings whose counts are known without reading them ({@link QaSession} counts them as they come
     * in): {@code counts} per check id and severity.
     */
    QaReport(Iterable<Finding> findings, int segments, List<String> files, Map<String, Map<Severity, Integer>> counts) {
        this.findings = Objects.requireNonNull(findings, "findings");
        this.files = List.copyOf(Objects.requireNonNull(files, "files"));
        if (segments < 0) throw new IllegalArgumentException("segments must not be negative: " + segments);
        this.segments = segments;
        int n = 0;
        Map<String, Map<Severity, Integer>> ordered = new LinkedHashMap<>();
        for (Map.Entry<String, Map<Severity, Integer>> e : new TreeMap<>(counts).entrySet()) {
            Map<Severity, Integer> row = new LinkedHashMap<>();
            for (Severity s : SEVERITIES_WORST_FIRST) row.put(s, e.getValue().getOrDefault(s, 0));
            int sum = row.values().stream().mapToInt(Integer::intValue).sum();
            if (sum == 0) continue;
            n += sum;
            if (n < 0) throw new IllegalArgumentException("more findings than an int counts");
            ordered.put(e.getKey(), Collections.unmodifiableMap(row));
        }
        this.issues = n;
        this.byCheckAndSeverity = Collections.unmodifiableMap(ordered);
    }

    /** Findings per check id and severity, read once. */
    static Map<String, Map<Severity, Integer>> count(Iterable<Finding> findings) {
        Map<String, Map<Severity, Integer>> counts = new TreeMap<>();
        for (Finding f : Objects.requireNonNull(findings, "findings")) {
            counts.computeIfAbsent(f.check(), c -> new EnumMap<>(Severity.class)).merge(f.severity(), 1, Integer::sum);
        }
        return counts;
    }

    /** The findings in report order; each iteration reads them again (from disk for a session's report). */
    public Iterable<Finding> findings() {
        return findings;
    }

    public int segments() {
        return segments;
    }

    public List<String> files() {
        return files;
    }

    public int issues() {
        return issues;
    }

    /** Findings per check id, ordered by check id; only checks with findings appear. */
    public Map<String, Integer> countsByCheck() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        byCheckAndSeverity.forEach((check, row) -> counts.put(check, row.values().stream().mapToInt(Integer::intValue).sum()));
        return Collections.unmodifiableMap(counts);
    }

    /** Findings per severity, ordered error, warning, info; every severity appears, with 0 when it has none. */
    public Map<Severity, Integer> countsBySeverity() {
        Map<Severity, Integer> counts = new LinkedHashMap<>();
        for (Severity s : SEVERITIES_WORST_FIRST) counts.put(s, 0);
        byCheckAndSeverity.values().forEach(row -> row.forEach((s, n) -> counts.merge(s, n, Integer::sum)));
        return Collections.unmodifiableMap(counts);
    }

    /** For each check (ordered by id), its findings per severity (every severity, ordered error, warning, info). */
    public Map<String, Map<Severity, Integer>> countsByCheckAndSeverity() {
        return byCheckAndSeverity;
    }

    /** Whether any finding is at least as severe as {@code threshold}. */
    public boolean anyAtLeast(Severity threshold) {
        for (Map.Entry<Severity, Integer> e : countsBySeverity().entrySet()) {
            if (e.getValue() > 0 && e.getKey().atLeast(threshold)) return true;
        }
        return false;
    }
}
