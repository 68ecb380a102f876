package org.glossa.desktop.viewmodel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.glossa.core.qa.Consistency;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.QaEngine;
import org.glossa.core.qa.SegmentPair;

/**
 * QA findings: those of the current segment, rechecked in the background while the translator types (after a short
 * pause), and the file's list, which takes the current segment's new findings as they come.
 *
 * <p>Checks may end in any order (several workers). Every check gets a sequence number when it starts; the file list
 * shows, for each segment, the findings of the newest check that covered it: a file check that ends after a newer
 * check of one segment keeps that segment's newer findings, and a segment check older than what the list shows is
 * not applied to it.
 */
public final class QaPanelViewModel {

    /** Pause in typing after which the current segment is checked again. */
    public static final Duration TYPING_PAUSE = Duration.ofMillis(300);

    /** One finding as shown; {@code number} is the segment's number in the grid. */
    public record FindingRow(int number, String severity, String check, String message, Finding finding) {
        @Override
        public String toString() {
            return "#" + number + " " + severity + " " + check + ": " + message;
        }
    }

    private final Async async;
    private final Debouncer typing;
    private final ObservableList<FindingRow> segmentFindings = FXCollections.observableArrayList();
    private final ObservableList<FindingRow> fileFindings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private QaEngine engine = new QaEngine(List.of(), Set.of());
    private ToIntFunction<Finding> numberOf = f -> 0;
    private long segmentRequest;
    private long fileRequest;
    /** Starts of checks, in order: a check's sequence number tells how fresh its findings are. */
    private long sequence;
    /** Sequence number of the file check the list is built on. */
    private long fileShown;
    /** Segments whose findings in the list come from a check newer than {@link #fileShown}, with its number. */
    private final Map<Integer, Long> segmentShown = new HashMap<>();
    /** A file check is running: the summary says so until it ends. */
    private boolean fileChecking;

    public QaPanelViewModel(Async async, Scheduler scheduler) {
        this.async = Objects.requireNonNull(async, "async");
        this.typing = new Debouncer(scheduler, TYPING_PAUSE);
    }

    /** Checks with {@code qa}; {@code numbers} gives a finding's segment number in the grid. */
    public void use(QaEngine qa, ToIntFunction<Finding> numbers) {
        engine = Objects.requireNonNull(qa, "qa");
        numberOf = Objects.requireNonNull(numbers, "numbers");
        reset();
    }

    /** Checks the current segment now (it was just selected). */
    public void checkSegment(int number, SegmentPair pair) {
        typing.cancel();
        long mine = ++segmentRequest;
        long started = ++sequence;
        QaEngine qa = engine;
        async.run(() -> qa.check(pair), found -> {
            List<FindingRow> rows = rows(found);
            if (mine == segmentRequest) segmentFindings.setAll(rows);
            if (started > segmentShown.getOrDefault(number, fileShown)) {
                segmentShown.put(number, started);
                replaceInFile(number, rows);
            }
        }, failure -> summary.set("QA failed: " + failure.getMessage()));
    }

    /** Checks the current segment once typing pauses. */
    public void segmentEdited(int number, SegmentPair pair) {
        segmentRequest++;
        typing.trigger(() -> checkSegment(number, pair));
    }

    /** Checks the whole file in the background (per-segment checks and consistency). */
    public void checkFile(List<SegmentPair> pairs) {
        long mine = ++fileRequest;
        long started = ++sequence;
        QaEngine qa = engine;
        fileChecking = true;
        summary.set("Checking…");
        async.run(() -> qa.run(pairs), found -> {
            if (mine != fileRequest) return;
            fileChecking = false;
            showFile(started, rows(found));
        }, failure -> {
            if (mine != fileRequest) return;
            fileChecking = false;
            summary.set("QA failed: " + failure.getMessage());
        });
    }

    public void clear() {
        typing.cancel();
        segmentRequest++;
        fileRequest++;
        reset();
    }

    private void reset() {
        segmentFindings.clear();
        fileFindings.clear();
        summary.set("");
        fileShown = sequence;
        segmentShown.clear();
        fileChecking = false;
    }

    public ObservableList<FindingRow> segmentFindings() {
        return segmentFindings;
    }

    public ObservableList<FindingRow> fileFindings() {
        return fileFindings;
    }

    /** Keys ({@link RowFilter#key}) of the segments with findings in the file list. */
    Set<String> segmentsWithFindings() {
        Set<String> out = new HashSet<>();
        for (FindingRow row : fileFindings) out.add(RowFilter.key(row.finding().unit(), row.finding().segment()));
        return out;
    }

    /** E.g. "3 issues in 2 segments". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private List<FindingRow> rows(List<Finding> findings) {
        List<FindingRow> out = new ArrayList<>();
        for (Finding f : findings) {
            out.add(new FindingRow(numberOf.applyAsInt(f), f.severity().id(), f.check(), f.message(), f));
        }
        return out;
    }

    /**
     * Shows the result of the file check started as {@code started}; segments checked by a newer check since keep
     * their newer per-segment findings.
     */
    private void showFile(long started, List<FindingRow> rows) {
        segmentShown.values().removeIf(shown -> shown <= started);
        fileShown = started;
        List<FindingRow> merged = new ArrayList<>();
        for (FindingRow row : rows) {
            if (!segmentShown.containsKey(row.number()) || consistency(row)) merged.add(row);
        }
        for (FindingRow row : fileFindings) {
            if (segmentShown.containsKey(row.number()) && !consistency(row)) merged.add(row);
        }
        merged.sort(Comparator.comparingInt(FindingRow::number));
        fileFindings.setAll(merged);
        updateSummary();
    }

    private static boolean consistency(FindingRow row) {
        return row.check().equals(Consistency.INCONSISTENT_TARGET) || row.check().equals(Consistency.INCONSISTENT_SOURCE);
    }

    /** The file list with segment {@code number}'s per-segment findings replaced (consistency findings stay). */
    private void replaceInFile(int number, List<FindingRow> rows) {
        List<FindingRow> kept = new ArrayList<>(fileFindings.stream()
                .filter(r -> r.number() != number || consistency(r)).toList());
        kept.addAll(rows);
        kept.sort(Comparator.comparingInt(FindingRow::number));
        fileFindings.setAll(kept);
        updateSummary();
    }

    private void updateSummary() {
        if (fileChecking) {
            summary.set("Checking…");
            return;
        }
        long segments = fileFindings.stream().mapToInt(FindingRow::number).distinct().count();
        int n = fileFindings.size();
        summary.set(n == 0 ? "No issues" : n + (n == 1 ? " issue" : " issues") + " in " + segments
                + (segments == 1 ? " segment" : " segments"));
    }
}
