package org.glossa.desktop.viewmodel;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
import javafx.collections.ObservableList;

import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.TermMark;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.SegmentPair;

/**
 * The editor window's state, free of UI nodes: the open document's segment grid, the current segment with its
 * target editor and its glossary, memory and QA panels, the window title, the status line and the file's progress.
 * It ties the panel view models together; the work is done by its collaborators: {@link SegmentGrid} (the rows),
 * {@link DocumentEdits} (undoable edits), {@link WorkSaver} (saving and autosaving a {@link DocumentSession}),
 * {@link TermMarks}, {@link MemoryConnection} and {@link GlossaryAdditions}. Use it on the JavaFX application thread
 * once a view is bound to it.
 */
public final class EditorViewModel {

    public static final String APP_NAME = "Glossa";
    /** Idle time after an edit before the work is autosaved. */
    public static final Duration AUTOSAVE_IDLE = Duration.ofSeconds(3);
    /** Target language of documents that do not name one. */
    public static final String DEFAULT_TARGET = "de";

    private final Function<Path, Document> loader;
    private Resources resources;

    private DocumentSession session;
    private final SegmentGrid grid = new SegmentGrid();
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
    private final RowFilter filter = new RowFilter(grid.rows(), this::rowsWithIssues);
    private final FindReplaceViewModel find = new FindReplaceViewModel(this);
    private final DocumentEdits edits = new DocumentEdits(grid, history, () -> session, new EditsHost());
    private final WorkSaver saver;
    private final MemoryConnection memories;

    private String sourceLanguage = "en";
    private String targetLanguage = DEFAULT_TARGET;
    private TermMarks terms;

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
        Objects.requireNonNull(async, "async");
        this.saver = new WorkSaver(writer, scheduler, () -> session, unsaved, message::set);
        this.memory = new TmPanelViewModel(async);
        this.memories = new MemoryConnection(async, memory, message::set);
        this.qa = new QaPanelViewModel(async, scheduler);
        title.bind(Bindings.createStringBinding(() -> {
            if (documentName.get().isEmpty()) return APP_NAME;
            return APP_NAME + " — " + documentName.get() + (unsaved.get() ? " •" : "");
        }, documentName, unsaved));
        statusText.set(grid.progress());
    }

    // ---- opening ----

    /**
     * Opens {@code file} (or its saved translation, or its newer autosave: see {@link DocumentSession}), marks the
     * glossary terms, starts QA and opens the memories in the background.
     */
    public void open(Path file) {
        show(DocumentSession.open(file, loader));
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
        saver.cancel();
        memories.close();
        session = opened;
        Document document = opened.document();
        sourceLanguage = document.sourceLanguage();
        targetLanguage = document.targetLanguage().orElse(DEFAULT_TARGET);
        markTerms();

        currentIndex.set(-1);
        history.clear();
        filter.apply(RowFilter.Show.ALL);
        grid.build(opened.document());
        documentName.set(document.name());
        unsaved.set(opened.unsaved() && opened.recovered());
        statusText.set(grid.progress());
        editor.clear();
        glossary.clear();
        memory.clear();
        memory.useLanguage(sourceLanguage);
        qa.use(resources.qa(sourceLanguage, targetLanguage), this::numberOf);
        qa.checkFile(pairs());
        openMemories();
        firstUnconfirmed(0).or(() -> grid.isEmpty() ? Optional.empty() : Optional.of(0)).ifPresent(this::select);
    }

    /** Starts marking the glossaries' terms afresh, each unit when it is first shown (see {@link TermMarks}). */
    private void markTerms() {
        terms = new TermMarks(session, resources.termMarker(session.document(), sourceLanguage, targetLanguage));
    }

    private void openMemories() {
        DocumentSession forSession = session;
        memories.open(resources, sourceLanguage, targetLanguage, () -> forSession == session, this::lookupCurrent);
    }

    // ---- moving ----

    /** Makes row {@code index} the current segment. */
    public void select(int index) {
        if (index < 0 || index >= grid.size()) throw new IndexOutOfBoundsException("no row " + index);
        history.endTyping();
        currentIndex.set(index);
        SegmentRow row = grid.row(index);
        List<TermMark> marks = terms.termsOf(grid.unitOf(index), row.segmentId());
        editor.show(segmentAt(index), marks, row.locked());
        glossary.show(marks);
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
        if (index < 0 || grid.row(index).locked()) return;
        memory.lookup(segmentAt(index).source(), previousSource(index), grid.row(index)::showMatchScore);
    }

    /** Moves to the next row the grid shows. */
    public void next() {
        for (int i = currentIndex.get() + 1; i < grid.size(); i++) {
            if (filter.isVisible(i)) {
                select(i);
                return;
            }
        }
    }

    /** Moves to the previous row the grid shows. */
    public void previous() {
        for (int i = Math.min(currentIndex.get(), grid.size()) - 1; i >= 0; i--) {
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
        for (int i = Math.max(0, from); i < grid.size(); i++) {
            SegmentRow row = grid.row(i);
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
        int index = currentIndex.get();
        if (status != SegmentStatus.NEW && !hasTarget) {
            message.set("Segment " + grid.row(index).number() + " has no target to mark " + status.id());
            return false;
        }
        if (status == SegmentStatus.NEW && hasTarget) status = SegmentStatus.DRAFT;
        edits.statusSet(index, segment.withTarget(segment.target().orElse(null), status.state()),
                "Status " + status.id());
        if (status.confirmed()) addToProjectMemory(index, segment);
        return true;
    }

    private void addToProjectMemory(int index, Segment segment) {
        if (memories.projectMemory().isEmpty() || segment.target().map(t -> t.plainText().isBlank()).orElse(true)) {
            return;
        }
        SegmentRow row = grid.row(index);
        memories.remember(new ConfirmedSegment(documentName.get(), row.unitId(), row.segmentId(), segment.source(),
                segment.target().get(), previousSource(index), sourceLanguage, targetLanguage));
    }

    /** Copies the current segment's source to its target (Ctrl+Shift+S). */
    public void copySource() {
        if (editor.editable()) edits.labelled("Copy source", editor::copySource);
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
        edits.labelled("Insert term", () -> after[0] = editor.insert(term.get(), caret));
        return after[0];
    }

    /** Replaces the target with the n-th memory match's target (Ctrl+Shift+n); false when there is none. */
    public boolean insertMatch(int n) {
        Optional<TmPanelViewModel.MatchRow> match = memory.match(n);
        if (match.isEmpty() || !editor.editable()) return false;
        edits.labelled("Insert match", () -> editor.replace(match.get().match().target()));
        return true;
    }

    /** Replaces the current segment's target with {@code target} (one undo step named {@code label}). */
    void replaceTarget(Content target, String label) {
        if (editor.editable()) edits.labelled(label, () -> editor.replace(target));
    }

    private void targetEdited(Optional<Content> target) {
        Segment segment = currentSegment().orElseThrow();
        if (segment.target().equals(target)) return;
        int index = currentIndex.get();
        edits.targetEdited(index, segment.withTarget(target.orElse(null), SegmentState.INITIAL));
        qa.segmentEdited(grid.row(index).number(), pair(index));
    }

    /**
     * Replaces the targets of several rows (keys: row index) as one undo step; the segments become drafts. Rows of
     * locked units are left out.
     */
    void replaceTargets(Map<Integer, Content> targets, String label) {
        edits.replaceTargets(targets, label);
    }

    /** Splits the current segment's source at {@code offset} of its displayed source (see {@link Resegmenter}). */
    public boolean split(int offset) {
        return currentIndex.get() >= 0 && edits.split(currentIndex.get(), offset);
    }

    /** Joins the current segment with the next one of its unit (see {@link Resegmenter}). */
    public boolean joinWithNext() {
        return currentIndex.get() >= 0 && edits.joinWithNext(currentIndex.get());
    }

    /** Undoes the last edit of the document (any segment) and shows the segment it changed; false when none. */
    public boolean undo() {
        return edits.undo();
    }

    /** Redoes the last undone edit; false when none. */
    public boolean redo() {
        return edits.redo();
    }

    /** What the editor does around the edits of {@link DocumentEdits}. */
    private final class EditsHost implements DocumentEdits.Host {
        @Override
        public void edited(boolean progressChanged) {
            if (progressChanged) statusText.set(grid.progress());
            saver.edited();
        }

        @Override
        public void rebuildingRows() {
            currentIndex.set(-1);
        }

        @Override
        public void rowsRebuilt() {
            filter.apply(filter.show());
            qa.checkFile(pairs());
        }

        @Override
        public void select(int index) {
            EditorViewModel.this.select(index);
        }

        @Override
        public void tell(String text) {
            message.set(text);
        }

        @Override
        public String sourceLanguage() {
            return sourceLanguage;
        }
    }

    // ---- glossary ----

    /** The Add Term dialog (Ctrl+Shift+T), prefilled with what is selected in the source and the target. */
    public AddTermViewModel newTerm(String sourceSelection, String targetSelection) {
        return GlossaryAdditions.dialog(resources, documentFolder(), sourceSelection, targetSelection);
    }

    /**
     * Appends {@code term} to the glossary (see {@link Resources#termFile}), then marks the terms again (the new one
     * is highlighted and listed at once) and re-runs QA with the grown glossary.
     *
     * @return false, with the reason in {@link #message()}, when the glossary could not be written
     */
    public boolean addTerm(NewTerm term) {
        Optional<Resources> grown = GlossaryAdditions.add(resources, term, sourceLanguage, targetLanguage,
                documentFolder(), message::set);
        if (grown.isEmpty()) return false;
        resources = grown.get();
        if (session == null) return true;
        markTerms();
        qa.use(resources.qa(sourceLanguage, targetLanguage), this::numberOf);
        qa.checkFile(pairs());
        int index = currentIndex.get();
        if (index >= 0) {
            List<TermMark> marks = terms.termsOf(grid.unitOf(index), grid.row(index).segmentId());
            editor.showTerms(marks);
            glossary.show(marks);
            if (!grid.row(index).locked()) qa.checkSegment(grid.row(index).number(), pair(index));
        }
        return true;
    }

    private Optional<Path> documentFolder() {
        if (session == null || !session.hasFile()) return Optional.empty();
        return Optional.ofNullable(session.workFile().toAbsolutePath().getParent());
    }

    // ---- filter and find ----

    /** Shows only the rows of {@code show} in the grid; goes to the first shown row if the current one is hidden. */
    public void applyFilter(RowFilter.Show show) {
        filter.apply(show);
        int visible = filter.visibleRows().size();
        message.set(show == RowFilter.Show.ALL ? "Showing all segments"
                : "Showing " + visible + " of " + grid.size() + " segments: " + show.label());
        if (visible > 0 && !filter.isVisible(currentIndex.get())) select(filter.sourceIndex(0));
    }

    /** Keys ({@link RowFilter#key}) of the segments with QA findings in the file list. */
    Set<String> rowsWithIssues() {
        Set<String> out = new HashSet<>();
        for (QaPanelViewModel.FindingRow finding : qa.fileFindings()) {
            out.add(RowFilter.key(finding.finding().unit(), finding.finding().segment()));
        }
        return out;
    }

    boolean hasTerm(int index) {
        return !terms.termsOf(grid.unitOf(index), grid.row(index).segmentId()).isEmpty();
    }

    /** The segment shown in row {@code index}. */
    Segment segmentAt(int index) {
        return session.segment(grid.unitOf(index), grid.row(index).segmentId());
    }

    // ---- saving ----

    /** Saves to the work file (Ctrl+S); false when the document has no file. */
    public boolean save() {
        if (!saver.save()) return false;
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
        return saver.autosave();
    }

    /** Re-runs QA over the whole file. */
    public void checkFile() {
        if (session != null) qa.checkFile(pairs());
    }

    /** Autosaves on this thread (waiting for a background autosave) and releases the memory (the window is closing). */
    public void close() {
        saver.close();
        memories.close();
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
        if (current >= 0 && current < grid.size()) select(current);
    }

    public Resources resources() {
        return resources;
    }

    /** Confirmed segments go to {@code memory} from now on (and its entries show in the memory panel). */
    public void useProjectMemory(Optional<ProjectMemory> memory) {
        memories.useProjectMemory(memory);
    }

    public Optional<ProjectMemory> projectMemory() {
        return memories.projectMemory();
    }

    // ---- QA helpers ----

    private List<SegmentPair> pairs() {
        List<SegmentPair> out = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) if (!grid.row(i).locked()) out.add(pair(i));
        return out;
    }

    private SegmentPair pair(int index) {
        SegmentRow row = grid.row(index);
        Segment segment = segmentAt(index);
        return new SegmentPair(documentName.get(), row.unitId(), row.segmentId(), segment.source(),
                segment.target().orElse(Content.EMPTY), sourceLanguage, targetLanguage);
    }

    private int numberOf(Finding finding) {
        return rowOf(finding).map(index -> grid.row(index).number()).orElse(0);
    }

    /** The grid row of a finding's segment, for "click a finding to go there"; empty when unknown. */
    public Optional<Integer> rowOf(Finding finding) {
        return grid.rowOf(finding.unit(), finding.segment());
    }

    private Optional<Content> previousSource(int index) {
        if (index == 0) return Optional.empty();
        return Optional.of(segmentAt(index - 1).source());
    }

    private Optional<Segment> currentSegment() {
        int index = currentIndex.get();
        if (session == null || index < 0) return Optional.empty();
        return Optional.of(segmentAt(index));
    }

    // ---- accessors ----

    public ObservableList<SegmentRow> rows() {
        return grid.rows();
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
}
