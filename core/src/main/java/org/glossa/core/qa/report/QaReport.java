package org.glossa.core.qa.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.Severity;

/**
 * The outcome of a QA run, as the report writers see it.
 *
 * @param findings the findings, in the order the checks reported them
 * @param segments how many segments were checked (with or without findings)
 * @param files    the files checked, in the order they were given
 */
public record QaReport(List<Finding> findings, int segments, List<String> files) {
    /** Severities from worst to mildest: the order reports list them in. */
    public static final List<Severity> SEVERITIES_WORST_FIRST = List.of(Severity.ERROR, Severity.WARNING, Severity.INFO);

    public QaReport {
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
        files = List.copyOf(Objects.requireNonNull(files, "files"));
        if (segments < 0) throw new IllegalArgumentException("segments must not be negative: " + segments);
    }

    public int issues() {
        return findings.size();
    }

    /** Findings per check id, ordered by check id; only checks with findings appear. */
    public Map<String, Integer> countsByCheck() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Finding f : findings) counts.merge(f.check(), 1, Integer::sum);
        return Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /** Findings per severity, ordered error, warning, info; every severity appears, with 0 when it has none. */
    public Map<Severity, Integer> countsBySeverity() {
        Map<Severity, Integer> counts = new LinkedHashMap<>();
        for (Severity s : SEVERITIES_WORST_FIRST) counts.put(s, 0);
        for (Finding f : findings) counts.merge(f.severity(), 1, Integer::sum);
        return Collections.unmodifiableMap(counts);
    }

    /** For each check (ordered by id), its findings per severity (every severity, ordered error, warning, info). */
    public Map<String, Map<Severity, Integer>> countsByCheckAndSeverity() {
        Map<String, Map<Severity, Integer>> counts = new TreeMap<>();
        for (Finding f : findings) {
            counts.computeIfAbsent(f.check(), c -> new EnumMap<>(Severity.class)).merge(f.severity(), 1, Integer::sum);
        }
        Map<String, Map<Severity, Integer>> ordered = new LinkedHashMap<>();
        counts.forEach((check, bySeverity) -> {
            Map<Severity, Integer> row = new LinkedHashMap<>();
            for (Severity s : SEVERITIES_WORST_FIRST) row.put(s, bySeverity.getOrDefault(s, 0));
            ordered.put(check, Collections.unmodifiableMap(row));
        });
        return Collections.unmodifiableMap(ordered);
    }
}
