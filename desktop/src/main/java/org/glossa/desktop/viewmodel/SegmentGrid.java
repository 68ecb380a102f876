package org.glossa.desktop.viewmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.MatchSuggestion;
import org.glossa.core.model.Segment;
import org.glossa.core.model.Unit;
import org.glossa.core.qa.SegmentPair;
import org.glossa.core.qa.check.TagMismatchCheck;
import org.glossa.core.text.WordCount;

/**
 * The editor's segment grid: one {@link SegmentRow} per segment of the open document, in document order, with the
 * unit each row belongs to, the row of each segment (by unit and segment id) and the segment behind each row.
 */
final class SegmentGrid {

    private final ObservableList<SegmentRow> rows = FXCollections.observableArrayList();
    private final ObservableList<SegmentRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final List<Integer> unitOfRow = new ArrayList<>();
    private final Map<String, Integer> rowOfSegment = new HashMap<>();
    private DocumentSession session;
    /** Displayed source → how often it occurs in the other documents of the project. */
    private Map<String, Integer> elsewhere = Map.of();
    private String documentName = "";
    private String sourceLanguage = "en";
    private String targetLanguage = EditorViewModel.DEFAULT_TARGET;

    /** All rows, for the grid and the filter (which may not change them). */
    ObservableList<SegmentRow> rows() {
        return readOnlyRows;
    }

    /** The rows of a document with the unit of each row and the row of each segment, built on any thread. */
    record Layout(List<SegmentRow> rows, List<Integer> unitOfRow, Map<String, Integer> rowOfSegment) {
        Layout {
            rows = List.copyOf(rows);
            unitOfRow = List.copyOf(unitOfRow);
            rowOfSegment = Map.copyOf(rowOfSegment);
        }
    }

    /** The rows of all segments of {@code document} (word counts included); safe on any thread. */
    static Layout layout(Document document) {
        List<Integer> unitOfRow = new ArrayList<>();
        Map<String, Integer> rowOfSegment = new HashMap<>();
        WordCount words = new WordCount(document.sourceLanguage());
        List<SegmentRow> out = new ArrayList<>();
        List<Unit> units = document.units();
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            for (Segment segment : unit.segments()) {
                rowOfSegment.put(key(unit.id(), segment.id()), out.size());
                unitOfRow.add(u);
                out.add(row(out.size() + 1, unit, segment, words));
            }
        }
        return new Layout(out, unitOfRow, rowOfSegment);
    }

    /**
     * Rows of all segments of {@code session}'s {@code document} (the session's document as it is now).
     *
     * @param targetLanguage the document's target language, or the default one
     */
    void build(DocumentSession session, Document document, String targetLanguage) {
        show(session, document, targetLanguage, layout(document));
    }

    /** Shows {@code layout}, the rows {@link #layout} built of {@code session}'s {@code document}. */
    void show(DocumentSession session, Document document, String targetLanguage, Layout layout) {
        this.session = session;
        this.documentName = document.name();
        this.sourceLanguage = document.sourceLanguage();
        this.targetLanguage = targetLanguage;
        unitOfRow.clear();
        unitOfRow.addAll(layout.unitOfRow());
        rowOfSegment.clear();
        rowOfSegment.putAll(layout.rowOfSegment());
        rows.setAll(layout.rows());
        elsewhere = Map.of();
        Repetitions.mark(this, session);
    }

    /**
     * Shows beside each row's repetition count how often its source occurs in the other documents of the project
     * ({@code counts}: displayed source → segments; see {@link ProjectRepetitions}).
     */
    void showElsewhere(Map<String, Integer> counts) {
        elsewhere = Map.copyOf(counts);
        if (session != null) Repetitions.mark(this, session);
    }

    /** How often {@code sourceText} (a row's displayed source) occurs in the other documents of the project. */
    int elsewhere(String sourceText) {
        return elsewhere.getOrDefault(sourceText, 0);
    }

    /** No rows: no document is open. */
    void clear() {
        elsewhere = Map.of();
        session = null;
        documentName = "";
        unitOfRow.clear();
        rowOfSegment.clear();
        rows.clear();
    }

    /**
     * Rows of the session's units after a join or split: those of units {@code changed} (indexes) built anew, the
     * others kept and renumbered (no word counting).
     */
    void rebuild(Set<Integer> changed) {
        List<Unit> units = session.units();
        Map<String, SegmentRow> old = new HashMap<>();
        for (SegmentRow row : rows) old.put(key(row.unitId(), row.segmentId()), row);
        unitOfRow.clear();
        rowOfSegment.clear();
        WordCount words = new WordCount(sourceLanguage);
        List<SegmentRow> out = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            for (Segment segment : unit.segments()) {
                SegmentRow kept = changed.contains(u) ? null : old.get(key(unit.id(), segment.id()));
                int number = out.size() + 1;
                if (kept == null) add(out, u, unit, segment, row(number, unit, segment, words));
                else add(out, u, unit, segment, kept.number() == number ? kept : kept.renumbered(number));
            }
        }
        rows.setAll(out);
        Repetitions.mark(this, session);
    }

    private void add(List<SegmentRow> out, int unitIndex, Unit unit, Segment segment, SegmentRow row) {
        rowOfSegment.put(key(unit.id(), segment.id()), out.size());
        unitOfRow.add(unitIndex);
        out.add(row);
    }

    /** Shows the target and status of {@code unit}'s segments in their rows. */
    void update(Unit unit) {
        for (Segment segment : unit.segments()) {
            rows.get(rowOfSegment.get(key(unit.id(), segment.id())))
                    .update(segment.target().map(TagText::display).orElse(""), SegmentStatus.of(segment));
        }
        Repetitions.markUnit(this, unit);
    }

    SegmentRow row(int index) {
        return rows.get(index);
    }

    int size() {
        return rows.size();
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The index of the unit row {@code index} belongs to. */
    int unitOf(int index) {
        return unitOfRow.get(index);
    }

    /** The row of segment {@code segmentId} of unit {@code unitId}; empty when there is none. */
    Optional<Integer> rowOf(String unitId, String segmentId) {
        return Optional.ofNullable(rowOfSegment.get(key(unitId, segmentId)));
    }

    /** The open document's source language. */
    String sourceLanguage() {
        return sourceLanguage;
    }

    /** The segment shown in row {@code index}. */
    Segment segment(int index) {
        return session.segment(unitOf(index), row(index).segmentId());
    }

    /** The source of the segment before row {@code index} (for context matches); empty for the first row. */
    Optional<Content> previousSource(int index) {
        if (index == 0) return Optional.empty();
        return Optional.of(segment(index - 1).source());
    }

    /** Row {@code index}'s segment for QA. */
    SegmentPair pair(int index) {
        SegmentRow row = row(index);
        Segment segment = segment(index);
        return new SegmentPair(documentName, row.unitId(), row.segmentId(), segment.source(),
                segment.target().orElse(Content.EMPTY), sourceLanguage, targetLanguage,
                SegmentPair.limitsOf(session.unit(unitOf(index)), row.segmentId()));
    }

    /** The segments of all rows that are not locked, for QA. */
    List<SegmentPair> pairs() {
        List<SegmentPair> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) if (!rows.get(i).locked()) out.add(pair(i));
        return out;
    }

    /**
     * The numbers of the confirmed rows whose target lacks inline codes of its source (a merge would lose their
     * formatting or links), in row order.
     */
    List<Integer> confirmedLackingCodes() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SegmentRow row = rows.get(i);
            if (row.locked() || !RowFilter.status(row).confirmed()) continue;
            Segment segment = segment(i);
            if (!TagMismatchCheck.missing(segment.source(), segment.target().orElse(Content.EMPTY)).isEmpty()) {
                out.add(row.number());
            }
        }
        return out;
    }

    /** Row {@code index}'s segment, just confirmed with the target {@code target}, as a memory entry. */
    ConfirmedSegment confirmed(int index, Content target) {
        SegmentRow row = row(index);
        return new ConfirmedSegment(documentName, row.unitId(), row.segmentId(), segment(index).source(), target,
                previousSource(index), sourceLanguage, targetLanguage);
    }

    /** The file's progress, e.g. "3 of 30 segments confirmed (10%) · 40 of 600 words". */
    String progress() {
        int segments = 0;
        int confirmed = 0;
        int words = 0;
        int confirmedWords = 0;
        for (SegmentRow row : rows) {
            if (row.locked()) continue;
            segments++;
            words += row.words();
            if (RowFilter.status(row).confirmed()) {
                confirmed++;
                confirmedWords += row.words();
            }
        }
        if (segments == 0) return rows.isEmpty() ? "No segments" : "Nothing to translate";
        return confirmed + " of " + segments + " segments confirmed (" + (100 * confirmed / segments) + "%) · "
                + confirmedWords + " of " + words + " words";
    }

    private static SegmentRow row(int number, Unit unit, Segment segment, WordCount words) {
        SegmentRow row = new SegmentRow(number, unit.id(), segment.id(), unit.role().id(),
                TagText.display(segment.source()), segment.target().map(TagText::display).orElse(""),
                SegmentStatus.of(segment).id(), !unit.translate(), words.count(segment.source().plainText()));
        unit.matches().stream().filter(m -> m.segmentId().equals(segment.id()))
                .mapToInt(MatchSuggestion::score).max().ifPresent(row::showMatchScore);
        return row;
    }

    private static String key(String unitId, String segmentId) {
        return RowFilter.key(unitId, segmentId);
    }
}
