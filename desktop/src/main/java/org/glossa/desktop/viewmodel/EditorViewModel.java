package org.glossa.desktop.viewmodel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.glossa.core.InputException;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.MatchSuggestion;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.Unit;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.SegmentPair;
import org.glossa.core.text.WordCount;
import org.glossa.core.tm.index.TranslationMemory;

/**
 * The editor window's state, free of UI nodes: the open document's segment grid, the current segment with its
 * target editor and its glossary, memory and QA panels, the window title, the status line and the file's progress.
 * It ties the panel view models together; opening, saving and autosaving are {@link DocumentSession}'s. Use it on
 * the JavaFX application thread once a view is bound to it.
 */
public final class EditorViewModel {

    public static final String APP_NAME = "Glossa";
    /** Idle time after an edit before the work is autosaved. */
    public static final Duration AUTOSAVE_IDLE = Duration.ofSeconds(3);
    /** Target language of documents that do not name one. */
    public static final String DEFAULT_TARGET = "de";

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Function<Path, Document> loader;
    private Resources resources;
    private final Async async;
    private final Async writer;
    private final Debouncer autosaveIdle;

    private final ObservableList<SegmentRow> rows = FXCollections.observableArrayList();
    private final ObservableList<SegmentRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final StringProperty documentName = new SimpleStringProperty("");
    private final BooleanProperty unsaved = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper currentIndex = new ReadOnlyIntegerWrapper(-1);

    private final SegmentEditorViewModel editor = new SegmentEditorViewModel(this::targetEdited);
    private final GlossaryPanelViewModel glossary = new GlossaryPanelViewModel();
    private final TmPanelViewModel memory;
    private final QaPanelViewModel qa;

    private final EditHistory history = new EditHistory();
    private final RowFilter filter = new RowFilter(rows, this::rowsWithIssues);
    private final FindReplaceViewModel find = new FindReplaceViewModel(this);
    /** The history label of the target edit under way (copy source, insert term…); empty while typing. */
    private Optional<String> editLabel = Optional.empty();

    private DocumentSession session;
    private final List<Integer> unitOfRow = new ArrayList<>();
    private final Map<String, Integer> rowOfSegment = new HashMap<>();
    private String sourceLanguage = "en";
    private String targetLanguage = DEFAULT_TARGET;
    private TranslationMemory openMemory;
    private Optional<ProjectMemory> projectMemory = Optional.empty();
    private UnaryOperator<Unit> termMarker = UnaryOperator.identity();
    private final BitSet markedUnits = new BitSet();

    /** An editor without files, glossaries or memories, running everything at once (for simple views and tests). */
    public EditorViewModel() {
        this(path -> {
            throw new UnsupportedOperationException("this editor cannot open files");
        }, Resources.NONE, Async.DIRECT, Scheduler.NONE);
    }

    /**
     * @param loader    reads a file into a document (an XLIFF as it is, other documents extracted)
     * @param resources glossaries and memories
     * @param async     runs memory lookups, QA and memory opening off the UI thread
     * @param scheduler runs the idle autosave and the typing-pause QA
     */
    public EditorViewModel(Function<Path, Document> loader, Resources resources, Async async, Scheduler scheduler) {
        this(loader, resources, async, async, scheduler);
    }

    /**
     * @param writer writes autosaves and memory updates off the UI thread (one worker: writes stay in order and
     *               never wait behind a lookup)
     */
    public EditorViewModel(Function<Path, Document> loader, Resources resources, Async async, Async writer,
            Scheduler scheduler) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.resources = Objects.requireNonNull(resources, "resources");
        this.async = Objects.requireNonNull(async, "async");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.autosaveIdle = new Debouncer(scheduler, AUTOSAVE_IDLE);
        this.memory = new TmPanelViewModel(async);
        this.qa = new QaPanelViewModel(async, scheduler);
        title.bind(Bindings.createStringBinding(() -> {
            if (documentName.get().isEmpty()) return APP_NAME;
            return APP_NAME + " — " + documentName.get() + (unsaved.get() ? " •" : "");
        }, documentName, unsaved));
        statusText.set(progress());
    }

    // ---- opening ----

    /**
     * Opens {@code file} (or its saved translation, or its newer autosave: see {@link DocumentSession}), marks the
     * glossary terms, starts QA and opens the memories in the background.
     */
    public void open(Path file) {
        open(file, read(file, resources));
    }

    /**
     * Reads {@code file} as {@link #open(Path)} would and prepares it with {@code using} (the current
     * {@link #resources()}), without showing it; safe on any thread, so that a long file is read and prepared off
     * the UI thread and then shown with {@link #open(Path, PreparedDocument)}.
     */
    public PreparedDocument read(Path file, Resources using) {
        return PreparedDocument.of(DocumentSession.open(file, loader), using);
    }

    /** Shows {@code read}, what {@link #read} returned for {@code file}. */
    public void open(Path file, PreparedDocument read) {
        show(read);
        message.set(switch (session.origin()) {
            case RECOVERY -> "Recovered unsaved work from the autosave " + session.recoveryFile().getFileName()
                    + " — Ctrl+S saves it to " + session.workFile().getFileName();
            case WORK_FILE -> DocumentSession.isXliff(file) ? "Opened " + session.workFile().getFileName()
                    : "Opened your translation " + session.workFile().getFileName() + " of " + file.getFileName();
            case ORIGINAL -> "Opened " + file.getFileName() + "; saving writes " + session.workFile().getFileName();
        });
    }

    /** Shows {@code document}, which has no file (it cannot be saved). */
    public void load(Document document) {
        show(DocumentSession.unsaved(document));
        message.set("");
    }

    private void show(DocumentSession opened) {
        show(PreparedDocument.of(opened, resources));
    }

    private void show(PreparedDocument prepared) {
        DocumentSession opened = prepared.session();
        boolean current = prepared.preparedWith(resources);
        autosaveIdle.cancel();
        closeMemory();
        session = opened;
        Document document = opened.document();
        sourceLanguage = prepared.sourceLanguage();
        targetLanguage = prepared.targetLanguage();
        if (current) {
            termMarker = prepared.termMarker();
            markedUnits.clear();
        } else {
            markTerms();
        }

        currentIndex.set(-1);
        history.clear();
        filter.apply(RowFilter.Show.ALL);
        unitOfRow.clear();
        unitOfRow.addAll(prepared.unitOfRow());
        rowOfSegment.clear();
        rowOfSegment.putAll(prepared.rowOfSegment());
        rows.setAll(prepared.rows());
        documentName.set(document.name());
        unsaved.set(opened.unsaved() && opened.recovered());
        statusText.set(progress());
        editor.clear();
        glossary.clear();
        memory.clear();
        memory.useLanguage(sourceLanguage);
        qa.use(current ? prepared.qa() : resources.qa(sourceLanguage, targetLanguage), this::numberOf);
        qa.checkFile(pairs());
        openMemories();
        firstUnconfirmed(0).or(() -> rows.isEmpty() ? Optional.empty() : Optional.of(0)).ifPresent(this::select);
    }

    /**
     * Starts marking the glossaries' terms afresh: a unit gets its marks (replacing any it had) when it is first
     * shown, see {@link #markedUnit}, so opening a long file does not wait for all of them. The saved XLIFF 2.1
     * does not carry term marks, so unshown units need none.
     */
    private void markTerms() {
        termMarker = resources.termMarker(session.document(), sourceLanguage, targetLanguage);
        markedUnits.clear();
    }

    private Unit markedUnit(int unitIndex) {
        if (!markedUnits.get(unitIndex)) {
            session.annotate(unitIndex, termMarker);
            markedUnits.set(unitIndex);
        }
        return session.unit(unitIndex);
    }

    private void openMemories() {
        if (resources.memories().isEmpty()) {
            projectMemory.ifPresent(memory::useMemory);
            return;
        }
        String src = sourceLanguage;
        String trg = targetLanguage;
        DocumentSession forSession = session;
        async.run(() -> resources.openMemory(src, trg), tm -> {
            if (forSession != session) {
                close(tm);
                return;
            }
            openMemory = tm;
            MatchLookup files = (source, previous) -> tm.lookup(source, previous, MatchLookup.MIN_SCORE,
                    MatchLookup.MAX_MATCHES);
            memory.useMemory(projectMemory.map(p -> p.before(files)).orElse(files));
            lookupCurrent();
        }, failure -> message.set("Could not open the translation memory: " + failure.getMessage()));
    }

    // ---- moving ----

    /** Makes row {@code index} the current segment. */
    public void select(int index) {
        if (index < 0 || index >= rows.size()) throw new IndexOutOfBoundsException("no row " + index);
        history.endTyping();
        currentIndex.set(index);
        SegmentRow row = rows.get(index);
        int unitIndex = unitOfRow.get(index);
        Unit unit = markedUnit(unitIndex);
        Segment segment = session.segment(unitIndex, row.segmentId());
        editor.show(segment, unit.termsOf(segment.id()), row.locked());
        glossary.show(unit.termsOf(segment.id()));
        if (row.locked()) {
            memory.clear();
            qa.segmentFindings().clear();
            return;
        }
        lookupCurrent();
        qa.checkSegment(row.number(), pair(index));
    }

    private void lookupCurrent() {
        int index = currentIndex.get();
        if (index < 0 || rows.get(index).locked()) return;
        SegmentRow row = rows.get(index);
        memory.lookup(session.segment(unitOfRow.get(index), row.segmentId()).source(), previousSource(index),
                row::showMatchScore);
    }

    /** Moves to the next row the grid shows. */
    public void next() {
        for (int i = currentIndex.get() + 1; i < rows.size(); i++) {
            if (filter.isVisible(i)) {
                select(i);
                return;
            }
        }
    }

    /** Moves to the previous row the grid shows. */
    public void previous() {
        for (int i = Math.min(currentIndex.get(), rows.size()) - 1; i >= 0; i--) {
            if (filter.isVisible(i)) {
                select(i);
                return;
            }
        }
    }

    /**
     * Moves to the next translatable segment that is not confirmed, after the current one (wrapping around), among
     * the rows the grid shows.
     */
    public boolean nextUnconfirmed() {
        Optional<Integer> next = firstUnconfirmed(currentIndex.get() + 1).or(() -> firstUnconfirmed(0))
                .filter(i -> i != currentIndex.get());
        next.ifPresent(this::select);
        if (next.isEmpty()) message.set("All segments are confirmed");
        return next.isPresent();
    }

    private Optional<Integer> firstUnconfirmed(int from) {
        for (int i = Math.max(0, from); i < rows.size(); i++) {
            SegmentRow row = rows.get(i);
            if (!row.locked() && !RowFilter.status(row).confirmed() && filter.isVisible(i)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    // ---- editing ----

    /** Confirms the current segment (translated) and moves to the next unconfirmed one (Ctrl+Enter). */
    public void confirm() {
        if (setStatus(SegmentStatus.TRANSLATED)) nextUnconfirmed();
    }

    /**
     * Sets the current segment's status. A segment without target can only be new; a target makes it draft at
     * least.
     *
     * @return false when the status cannot be set (no segment, locked, or no target to confirm)
     */
    public boolean setStatus(SegmentStatus status) {
        Optional<Segment> current = currentSegment();
        if (current.isEmpty() || !editor.editable()) return false;
        Segment segment = current.get();
        boolean hasTarget = segment.target().isPresent();
        if (status != SegmentStatus.NEW && !hasTarget) {
            message.set("Segment " + rows.get(currentIndex.get()).number() + " has no target to mark " + status.id());
            return false;
        }
        if (status == SegmentStatus.NEW && hasTarget) status = SegmentStatus.DRAFT;
        history.endTyping();
        store(segment.withTarget(segment.target().orElse(null), status.state()), "Status " + status.id(), false);
        if (status.confirmed()) addToProjectMemory(segment);
        return true;
    }

    private void addToProjectMemory(Segment segment) {
        if (projectMemory.isEmpty() || segment.target().map(t -> t.plainText().isBlank()).orElse(true)) return;
        SegmentRow row = rows.get(currentIndex.get());
        projectMemory.get().add(new ConfirmedSegment(documentName.get(), row.unitId(), row.segmentId(),
                segment.source(), segment.target().get(), previousSource(currentIndex.get()), sourceLanguage,
                targetLanguage), message::set);
    }

    /** Copies the current segment's source to its target (Ctrl+Shift+S). */
    public void copySource() {
        if (editor.editable()) labelled("Copy source", editor::copySource);
    }

    /**
     * Inserts the n-th glossary target term at {@code caret} in the target (Ctrl+n).
     *
     * @return the caret after the term (the same caret when there is no such term)
     */
    public int insertTerm(int n, int caret) {
        Optional<String> term = glossary.target(n);
        if (term.isEmpty() || !editor.editable()) return caret;
        int[] after = {caret};
        labelled("Insert term", () -> after[0] = editor.insert(term.get(), caret));
        return after[0];
    }

    /** Replaces the target with the n-th memory match's target (Ctrl+Shift+n); false when there is none. */
    public boolean insertMatch(int n) {
        Optional<TmPanelViewModel.MatchRow> match = memory.match(n);
        if (match.isEmpty() || !editor.editable()) return false;
        labelled("Insert match", () -> editor.replace(match.get().match().target()));
        return true;
    }

    /** Replaces the current segment's target with {@code target} (one undo step named {@code label}). */
    void replaceTarget(Content target, String label) {
        if (editor.editable()) labelled(label, () -> editor.replace(target));
    }

    /** Runs a target edit that is one undo step of its own, not part of the typing around it. */
    private void labelled(String label, Runnable edit) {
        history.endTyping();
        editLabel = Optional.of(label);
        try {
            edit.run();
        } finally {
            editLabel = Optional.empty();
            history.endTyping();
        }
    }

    private void targetEdited(Optional<Content> target) {
        Segment segment = currentSegment().orElseThrow();
        if (segment.target().equals(target)) return;
        store(segment.withTarget(target.orElse(null), SegmentState.INITIAL), editLabel.orElse("Typing"),
                editLabel.isEmpty());
        int index = currentIndex.get();
        qa.segmentEdited(rows.get(index).number(), pair(index));
    }

    private void store(Segment segment, String label, boolean typing) {
        int index = currentIndex.get();
        SegmentRow row = rows.get(index);
        SegmentStatus before = RowFilter.status(row);
        int unitIndex = unitOfRow.get(index);
        Unit unitBefore = session.unit(unitIndex);
        session.update(unitIndex, segment);
        history.record(new EditHistory.Step(label, List.of(new EditHistory.UnitChange(unitIndex, unitBefore,
                session.unit(unitIndex))), row.unitId(), row.segmentId()), typing);
        SegmentStatus status = SegmentStatus.of(segment);
        row.update(segment.target().map(TagText::display).orElse(""), status);
        if (status != before) statusText.set(progress());
        unsaved.set(true);
        autosaveIdle.trigger(this::autosave);
    }

    // ---- glossary ----

    /** The Add Term dialog (Ctrl+Shift+T), prefilled with what is selected in the source and the target. */
    public AddTermViewModel newTerm(String sourceSelection, String targetSelection) {
        String destination = resources.termFile(documentFolder())
                .map(f -> (Files.exists(f) ? "Adds to " : "Creates ") + f.getFileName())
                .orElse("No glossary file to add to: open a document from a file or start with -g GLOSSARY");
        return new AddTermViewModel(sourceSelection, targetSelection, destination);
    }

    /**
     * Appends {@code term} to the glossary (see {@link Resources#termFile}), then marks the terms again (the new one
     * is highlighted and listed at once) and re-runs QA with the grown glossary.
     *
     * @return false, with the reason in {@link #message()}, when the glossary could not be written
     */
    public boolean addTerm(NewTerm term) {
        Optional<Path> file = resources.termFile(documentFolder());
        try {
            resources = resources.withTerm(term, sourceLanguage, targetLanguage, documentFolder());
        } catch (IOException | UncheckedIOException | IllegalStateException | InputException e) {
            message.set("Could not add the term: " + e.getMessage());
            return false;
        }
        message.set("Added “" + term.source() + "” → “" + term.target() + "” to "
                + file.map(f -> f.getFileName().toString()).orElse("the glossary"));
        if (session == null) return true;
        markTerms();
        qa.use(resources.qa(sourceLanguage, targetLanguage), this::numberOf);
        qa.checkFile(pairs());
        int index = currentIndex.get();
        if (index >= 0) {
            Unit unit = markedUnit(unitOfRow.get(index));
            Segment segment = session.segment(unitOfRow.get(index), rows.get(index).segmentId());
            editor.showTerms(unit.termsOf(segment.id()));
            glossary.show(unit.termsOf(segment.id()));
            if (!rows.get(index).locked()) qa.checkSegment(rows.get(index).number(), pair(index));
        }
        return true;
    }

    private Optional<Path> documentFolder() {
        if (session == null || !session.hasFile()) return Optional.empty();
        return Optional.ofNullable(session.workFile().toAbsolutePath().getParent());
    }

    /**
     * Replaces the targets of several rows (keys: row index) as one undo step; the segments become drafts. Rows of
     * locked units are left out.
     */
    void replaceTargets(Map<Integer, Content> targets, String label) {
        Map<Integer, Unit> changed = new java.util.LinkedHashMap<>();
        for (Map.Entry<Integer, Content> entry : targets.entrySet()) {
            SegmentRow row = rows.get(entry.getKey());
            if (row.locked()) continue;
            int unitIndex = unitOfRow.get(entry.getKey());
            Unit unit = changed.getOrDefault(unitIndex, session.unit(unitIndex));
            Segment segment = session.segment(unitIndex, row.segmentId());
            changed.put(unitIndex, unit.withSegment(segment.withTarget(entry.getValue(), SegmentState.INITIAL)));
        }
        if (changed.isEmpty()) return;
        List<EditHistory.UnitChange> changes = new ArrayList<>();
        changed.forEach((unitIndex, unit) -> changes.add(new EditHistory.UnitChange(unitIndex,
                session.unit(unitIndex), unit)));
        int first = targets.keySet().iterator().next();
        change(new EditHistory.Step(label, changes, rows.get(first).unitId(), rows.get(first).segmentId()));
    }

    /** Splits the current segment's source at {@code offset} of its displayed source (see {@link Resegmenter}). */
    public boolean split(int offset) {
        if (currentIndex.get() < 0) return false;
        int unitIndex = unitOfRow.get(currentIndex.get());
        SegmentRow row = rows.get(currentIndex.get());
        return resegmented(unitIndex, Resegmenter.split(session.unit(unitIndex), row.segmentId(), offset,
                Locale.forLanguageTag(sourceLanguage)), "Split segment");
    }

    /** Joins the current segment with the next one of its unit (see {@link Resegmenter}). */
    public boolean joinWithNext() {
        if (currentIndex.get() < 0) return false;
        int unitIndex = unitOfRow.get(currentIndex.get());
        SegmentRow row = rows.get(currentIndex.get());
        return resegmented(unitIndex, Resegmenter.join(session.unit(unitIndex), row.segmentId()), "Join segments");
    }

    private boolean resegmented(int unitIndex, Resegmenter.Outcome outcome, String label) {
        if (outcome instanceof Resegmenter.Refused refused) {
            message.set(refused.reason());
            return false;
        }
        Resegmenter.Done done = (Resegmenter.Done) outcome;
        Optional<String> problem = UnitCheck.problem(session.document(), done.unit());
        if (problem.isPresent()) {
            message.set("Not done: " + problem.get());
            return false;
        }
        Unit unit = session.unit(unitIndex);
        change(new EditHistory.Step(label, List.of(new EditHistory.UnitChange(unitIndex, unit, done.unit())),
                unit.id(), done.segmentId()));
        message.set(done.message());
        return true;
    }

    /** Makes {@code step}'s changes, records it and shows its segment. */
    private void change(EditHistory.Step step) {
        history.endTyping();
        history.record(step, false);
        apply(step, true);
    }

    /** Undoes the last edit of the document (any segment) and shows the segment it changed; false when none. */
    public boolean undo() {
        Optional<EditHistory.Step> step = history.undo();
        step.ifPresent(s -> {
            apply(s, false);
            message.set("Undone: " + s.label());
        });
        return step.isPresent();
    }

    /** Redoes the last undone edit; false when none. */
    public boolean redo() {
        Optional<EditHistory.Step> step = history.redo();
        step.ifPresent(s -> {
            apply(s, true);
            message.set("Redone: " + s.label());
        });
        return step.isPresent();
    }

    /** Puts the units of {@code step} (after it, or before it when not {@code forward}) in place and shows them. */
    private void apply(EditHistory.Step step, boolean forward) {
        Set<Integer> resegmented = new HashSet<>();
        for (EditHistory.UnitChange change : step.changes()) {
            Unit unit = forward ? change.after() : change.before();
            if (!segmentIds(session.unit(change.unitIndex())).equals(segmentIds(unit))) {
                resegmented.add(change.unitIndex());
            }
            session.replace(change.unitIndex(), unit);
        }
        if (!resegmented.isEmpty()) {
            currentIndex.set(-1);
            rows.setAll(rowsAfterResegmenting(resegmented));
            filter.apply(filter.show());
            qa.checkFile(pairs());
        } else {
            for (EditHistory.UnitChange change : step.changes()) {
                Unit unit = session.unit(change.unitIndex());
                for (Segment segment : unit.segments()) {
                    rows.get(rowOfSegment.get(key(unit.id(), segment.id())))
                            .update(segment.target().map(TagText::display).orElse(""), SegmentStatus.of(segment));
                }
            }
        }
        statusText.set(progress());
        unsaved.set(true);
        autosaveIdle.trigger(this::autosave);
        Integer row = rowOfSegment.get(key(step.unitId(), step.segmentId()));
        if (row != null) select(row);
    }

    /** The rows with those of units {@code changed} built anew and the others renumbered (no word counting). */
    private List<SegmentRow> rowsAfterResegmenting(Set<Integer> changed) {
        Map<String, SegmentRow> old = new HashMap<>();
        for (SegmentRow row : rows) old.put(key(row.unitId(), row.segmentId()), row);
        unitOfRow.clear();
        rowOfSegment.clear();
        WordCount words = new WordCount(sourceLanguage);
        List<SegmentRow> out = new ArrayList<>();
        List<Unit> units = session.units();
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            for (Segment segment : unit.segments()) {
                String key = key(unit.id(), segment.id());
                SegmentRow kept = changed.contains(u) ? null : old.get(key);
                int number = out.size() + 1;
                rowOfSegment.put(key, out.size());
                unitOfRow.add(u);
                if (kept == null) out.add(row(number, unit, segment, words));
                else out.add(kept.number() == number ? kept : kept.renumbered(number));
            }
        }
        return out;
    }

    private static List<String> segmentIds(Unit unit) {
        return unit.segments().stream().map(Segment::id).toList();
    }

    // ---- filter and find ----

    /** Shows only the rows of {@code show} in the grid; goes to the first shown row if the current one is hidden. */
    public void applyFilter(RowFilter.Show show) {
        filter.apply(show);
        int visible = filter.visibleRows().size();
        message.set(show == RowFilter.Show.ALL ? "Showing all segments"
                : "Showing " + visible + " of " + rows.size() + " segments: " + show.label());
        if (visible > 0 && !filter.isVisible(currentIndex.get())) select(filter.sourceIndex(0));
    }

    /** Keys ({@link RowFilter#key}) of the segments with QA findings in the file list. */
    Set<String> rowsWithIssues() {
        Set<String> out = new HashSet<>();
        for (QaPanelViewModel.FindingRow finding : qa.fileFindings()) {
            out.add(key(finding.finding().unit(), finding.finding().segment()));
        }
        return out;
    }

    boolean hasTerm(int index) {
        return !markedUnit(unitOfRow.get(index)).termsOf(rows.get(index).segmentId()).isEmpty();
    }

    /** The segment shown in row {@code index}. */
    Segment segmentAt(int index) {
        return session.segment(unitOfRow.get(index), rows.get(index).segmentId());
    }

    // ---- saving ----

    /** Saves to the work file (Ctrl+S); false when the document has no file. */
    public boolean save() {
        if (session == null || !session.hasFile()) return false;
        autosaveIdle.cancel();
        session.save();
        unsaved.set(false);
        message.set("Saved " + session.workFile().getFileName() + " at " + LocalTime.now().format(CLOCK));
        qa.checkFile(pairs());
        return true;
    }

    /**
     * Autosaves if there is new work (idle timer, focus loss): the document is taken as it is now, and the recovery
     * file written by the writer, off the UI thread.
     *
     * @return true when an autosave was started
     */
    public boolean autosave() {
        if (session == null) return false;
        autosaveIdle.cancel();
        DocumentSession saving = session;
        if (!saving.queueAutosave()) return false;
        writer.run(saving::writeQueuedAutosave, wrote -> {
            if (wrote && saving == session) message.set("Autosaved at " + LocalTime.now().format(CLOCK));
        }, failure -> {
            saving.autosaveFailed();
            if (saving == session) message.set("Autosave failed: " + failure.getMessage());
        });
        return true;
    }

    /** Re-runs QA over the whole file. */
    public void checkFile() {
        if (session != null) qa.checkFile(pairs());
    }

    /** Autosaves on this thread (waiting for a background autosave) and releases the memory (the window is closing). */
    public void close() {
        autosaveIdle.cancel();
        if (session != null) session.autosave();
        closeMemory();
    }

    // ---- resources ----

    /**
     * Uses these glossaries and memories from now on; an open document is annotated and checked again with them
     * (its edits kept, the current segment kept).
     */
    public void useResources(Resources next) {
        resources = Objects.requireNonNull(next, "resources");
        if (session == null) return;
        int current = currentIndex.get();
        boolean wasUnsaved = unsaved.get();
        show(session);
        unsaved.set(wasUnsaved);
        if (current >= 0 && current < rows.size()) select(current);
    }

    public Resources resources() {
        return resources;
    }

    /** Confirmed segments go to {@code memory} from now on (and its entries show in the memory panel). */
    public void useProjectMemory(Optional<ProjectMemory> memory) {
        projectMemory = Objects.requireNonNull(memory, "memory");
    }

    public Optional<ProjectMemory> projectMemory() {
        return projectMemory;
    }

    // ---- QA helpers ----

    private List<SegmentPair> pairs() {
        List<SegmentPair> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) if (!rows.get(i).locked()) out.add(pair(i));
        return out;
    }

    private SegmentPair pair(int index) {
        SegmentRow row = rows.get(index);
        Segment segment = session.segment(unitOfRow.get(index), row.segmentId());
        return new SegmentPair(documentName.get(), row.unitId(), row.segmentId(), segment.source(),
                segment.target().orElse(Content.EMPTY), sourceLanguage, targetLanguage);
    }

    private int numberOf(Finding finding) {
        Integer index = rowOfSegment.get(key(finding.unit(), finding.segment()));
        return index == null ? 0 : rows.get(index).number();
    }

    /** The grid row of a finding's segment, for "click a finding to go there"; empty when unknown. */
    public Optional<Integer> rowOf(Finding finding) {
        return Optional.ofNullable(rowOfSegment.get(key(finding.unit(), finding.segment())));
    }

    private Optional<Content> previousSource(int index) {
        if (index == 0) return Optional.empty();
        SegmentRow prev = rows.get(index - 1);
        return Optional.of(session.segment(unitOfRow.get(index - 1), prev.segmentId()).source());
    }

    private Optional<Segment> currentSegment() {
        int index = currentIndex.get();
        if (session == null || index < 0) return Optional.empty();
        return Optional.of(session.segment(unitOfRow.get(index), rows.get(index).segmentId()));
    }

    // ---- accessors ----

    public ObservableList<SegmentRow> rows() {
        return readOnlyRows;
    }

    public SegmentEditorViewModel editor() {
        return editor;
    }

    public GlossaryPanelViewModel glossary() {
        return glossary;
    }

    public TmPanelViewModel memory() {
        return memory;
    }

    public QaPanelViewModel qa() {
        return qa;
    }

    public EditHistory history() {
        return history;
    }

    public RowFilter filter() {
        return filter;
    }

    public FindReplaceViewModel find() {
        return find;
    }

    public Optional<DocumentSession> session() {
        return Optional.ofNullable(session);
    }

    /** The document with every edit. */
    public Optional<Document> document() {
        return session().map(DocumentSession::document);
    }

    public ReadOnlyIntegerProperty currentIndexProperty() {
        return currentIndex.getReadOnlyProperty();
    }

    public int currentIndex() {
        return currentIndex.get();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public String title() {
        return title.get();
    }

    public ReadOnlyBooleanProperty unsavedProperty() {
        return BooleanProperty.readOnlyBooleanProperty(unsaved);
    }

    /** The file's progress, e.g. "3 of 30 segments confirmed (10%) · 40 of 600 words". */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public String statusText() {
        return statusText.get();
    }

    /** Shows {@code text} in the status line (what the workspace just did). */
    public void tell(String text) {
        message.set(text);
    }

    /** What just happened (opened, recovered, saved, autosaved…). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String message() {
        return message.get();
    }

    // ---- building ----

    private String progress() {
        int segments = 0;
        int confirmed = 0;
        int words = 0;
        int confirmedWords = 0;
        for (SegmentRow row : rows) {
            if (row.locked()) continue;
            segments++;
            words += row.words();
            if (SegmentStatus.valueOf(row.statusId().toUpperCase(Locale.ROOT)).confirmed()) {
                confirmed++;
                confirmedWords += row.words();
            }
        }
        if (segments == 0) return rows.isEmpty() ? "No segments" : "Nothing to translate";
        return confirmed + " of " + segments + " segments confirmed (" + (100 * confirmed / segments) + "%) · "
                + confirmedWords + " of " + words + " words";
    }

    static List<SegmentRow> rowsOf(Document document, List<Integer> unitOfRow, Map<String, Integer> rowOfSegment) {
        unitOfRow.clear();
        rowOfSegment.clear();
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
        return out;
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

    private void closeMemory() {
        if (openMemory != null) close(openMemory);
        openMemory = null;
    }

    private static void close(TranslationMemory tm) {
        tm.close();
    }
}
