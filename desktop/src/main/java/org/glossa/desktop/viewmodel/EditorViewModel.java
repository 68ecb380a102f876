package org.glossa.desktop.viewmodel;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import org.glossa.core.files.FileKindDetector;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.SegmentPair;

/**
 * The editor window's state, free of UI nodes: the open document's segment grid, the current segment with its
 * target editor and its glossary, memory and QA panels, the window title, the status line and the file's progress.
 * It is the facade the views bind to and ties the panel view models together; the work is its collaborators':
 * {@link SegmentGrid} (the rows), {@link CurrentSegment} (the segment worked on), {@link DocumentEdits} (undoable
 * edits), {@link WorkSaver} (saving and autosaving a {@link DocumentSession}), {@link TermMarks},
 * {@link MemoryConnection} and {@link GlossaryAdditions}. Use it on the JavaFX application thread once a view is
 * bound to it.
 */
public final class EditorViewModel {

    public static final String APP_NAME = "Glossa";
    /** Idle time after an edit before the work is autosaved. */
    public static final Duration AUTOSAVE_IDLE = Duration.ofSeconds(3);
    /**
     * Longest time an edit waits for its autosave while the translator keeps typing: with the write itself, a crash
     * loses at most about the last 5 seconds of work.
     */
    public static final Duration AUTOSAVE_MAX_WAIT = Duration.ofSeconds(4);
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

    private final SegmentEditorViewModel editor = new SegmentEditorViewModel(this::targetEdited);
    private final GlossaryPanelViewModel glossary = new GlossaryPanelViewModel();
    private final TmPanelViewModel memory;
    private final QaPanelViewModel qa;
    private final ConcordanceViewModel concordance;
    private final EditorAids aids;

    private final EditHistory history = new EditHistory();
    private final RowFilter filter;
    private final FindReplaceViewModel find;
    private final DocumentEdits edits = new DocumentEdits(grid, history, () -> session, new EditsHost(),
            message::set);
    private final WorkSaver saver;
    private final ProjectRepetitions projectRepetitions;
    private final MemoryConnection memories;
    private final CurrentSegment current;
    private final TargetTagsViewModel tags;
    private final SegmentCounts counts = new SegmentCounts(editor);
    private final NotesViewModel notes;
    private final Async async;
    private final Scheduler scheduler;
    private Optional<ServerLink> server = Optional.empty();
    private final ReadOnlyStringWrapper serverStatus = new ReadOnlyStringWrapper("");

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
        this(loader, resources, async, writer, Async.DIRECT, scheduler);
    }

    /**
     * @param speller loads the spelling dictionary, checks the target as one types and sets machine translation up
     *                (see {@link EditorAids}); the constructors without it do that at once, on the calling thread
     */
    public EditorViewModel(Function<Path, Document> loader, Resources resources, Async async, Async writer,
            Async speller, Scheduler scheduler) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.resources = Objects.requireNonNull(resources, "resources");
        this.async = Objects.requireNonNull(async, "async");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.saver = new WorkSaver(writer, scheduler, () -> session, unsaved, message::set);
        this.memory = new TmPanelViewModel(async);
        this.aids = new EditorAids(async, speller, editor, memory, message::set);
        aids.spelling().onWordAdded(this::wordsAdded);
        this.concordance = aids.concordance();
        this.memories = new MemoryConnection(async, memory, concordance, message::set);
        this.qa = new QaPanelViewModel(async, scheduler);
        this.filter = new RowFilter(grid.rows(), qa::segmentsWithFindings);
        this.projectRepetitions = new ProjectRepetitions(writer, loader, grid, message::set);
        this.current = new CurrentSegment(grid, edits, history, new CurrentSegment.Panels(editor, glossary, memory, qa),
                memories, projectRepetitions, () -> terms, message::set);
        this.tags = new TargetTagsViewModel(editor, edits::labelled, message::set);
        this.notes = new NotesViewModel(() -> session, saver::edited);
        current.indexProperty().addListener((obs, old, now) -> unitShown(now.intValue()));
        this.find = new FindReplaceViewModel(grid, current, edits, filter, qa,
                row -> !terms.termsOf(grid.unitOf(row), grid.row(row).segmentId()).isEmpty());
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
        open(file, read(file, resources));
    }

    /**
     * Reads {@code file} as {@link #open(Path)} would and prepares it with {@code using} (the current
     * {@link #resources()}), without showing it; safe on any thread, so that a long file is read and prepared off
     * the UI thread and then shown with {@link #open(Path, PreparedDocument)}.
     */
    public PreparedDocument read(Path file, Resources using) {
        DocumentSession opened = DocumentSession.open(file, loader);
        return PreparedDocument.of(opened, using, aids.wordsFolderFor(folderOf(opened)), aids.houseStyle());
    }

    /** Shows {@code read}, what {@link #read} returned for {@code file}. */
    public void open(Path file, PreparedDocument read) {
        show(read);
        message.set(openedMessage(file, session));
    }

    private static String openedMessage(Path file, DocumentSession session) {
        String work = session.workFile().getFileName().toString();
        String name = file.getFileName().toString();
        return switch (session.origin()) {
            case RECOVERY -> "Recovered unsaved work from the autosave " + session.recoveryFile().getFileName()
                    + " — Ctrl+S saves it to " + work;
            case WORK_FILE -> session.workFile().equals(session.opened()) ? "Opened " + work
                    : "Opened your translation " + work + " of " + name;
            case ORIGINAL -> session.savesIntoOpened()
                    ? "Opened " + name + (session.foreignFiles() > 1 ? " (the first of its " + session.foreignFiles()
                            + " files)" : "") + ", which Glossa did not write: Ctrl+S saves your targets into it and"
                            + " keeps everything else in it as it is"
                    : "Opened " + name + "; saving writes " + work;
        };
    }

    /** Shows {@code document}, which has no file (it cannot be saved). */
    public void load(Document document) {
        show(DocumentSession.unsaved(document));
        message.set("");
    }

    private void show(DocumentSession opened) {
        show(PreparedDocument.of(opened, resources, aids.wordsFolderFor(folderOf(opened)), aids.houseStyle()));
    }

    private void show(PreparedDocument prepared) {
        DocumentSession opened = prepared.session();
        boolean upToDate = prepared.preparedWith(resources);
        saver.cancel();
        memories.close();
        session = opened;
        Document document = opened.document();
        sourceLanguage = prepared.sourceLanguage();
        targetLanguage = prepared.targetLanguage();
        if (upToDate) {
            terms = new TermMarks(session, prepared.termMarker());
        } else {
            markTerms();
        }

        current.reset();
        history.clear();
        filter.apply(RowFilter.Show.ALL);
        if (upToDate) grid.show(opened, document, targetLanguage, prepared.layout());
        else grid.build(opened, document, targetLanguage);
        projectRepetitions.documentShown();
        documentName.set(document.name());
        unsaved.set(opened.unsaved() && opened.recovered());
        statusText.set(grid.progress());
        editor.clear();
        glossary.clear();
        memory.clear();
        memory.useLanguage(sourceLanguage);
        aids.documentShown(resources, sourceLanguage, targetLanguage, prepared.wordsFolder(), current::lookup);
        counts.useLanguages(sourceLanguage, targetLanguage);
        qa.use(upToDate ? prepared.qa() : qaEngine(), this::numberOf);
        qa.checkFile(grid.pairs());
        openMemories();
        firstUnconfirmed(0).or(() -> grid.isEmpty() ? Optional.empty() : Optional.of(0)).ifPresent(this::select);
    }

    /** The QA checks of the open document, its spelling check with the word lists of {@link EditorAids}. */
    private org.glossa.core.qa.QaEngine qaEngine() {
        return resources.qa(sourceLanguage, targetLanguage, aids.wordsFolder(), aids.houseStyle());
    }

    /** A word was added to a word list: the QA checks read the lists again and check the file. */
    private void wordsAdded() {
        if (session == null) return;
        qa.use(qaEngine(), this::numberOf);
        qa.checkFile(grid.pairs());
        current.refreshTerms();
    }

    /** Starts marking the glossaries' terms afresh, each unit when it is first shown (see {@link TermMarks}). */
    private void markTerms() {
        terms = new TermMarks(session, resources.termMarker(session.document(), sourceLanguage, targetLanguage));
    }

    private void openMemories() {
        DocumentSession forSession = session;
        memories.open(resources, sourceLanguage, targetLanguage, () -> forSession == session, current::lookup);
    }

    // ---- moving ----

    /** Makes row {@code index} the current segment. */
    public void select(int index) {
        current.select(index);
    }

    /** Moves to the next row the grid shows. */
    public void next() {
        filter.firstShown(current.index() + 1, row -> true).ifPresent(this::select);
    }

    /** Moves to the previous row the grid shows. */
    public void previous() {
        filter.lastShownBefore(current.index()).ifPresent(this::select);
    }

    /**
     * Moves to the next translatable segment that is not confirmed, after the current one (wrapping around), among
     * the rows the grid shows.
     */
    public boolean nextUnconfirmed() {
        Optional<Integer> next = firstUnconfirmed(current.index() + 1).or(() -> firstUnconfirmed(0))
                .filter(i -> i != current.index());
        next.ifPresent(this::select);
        if (next.isEmpty()) message.set("All segments are confirmed");
        return next.isPresent();
    }

    private Optional<Integer> firstUnconfirmed(int from) {
        return filter.firstShown(from, RowFilter::unconfirmed);
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
        return current.setStatus(status);
    }

    /** Copies the current segment's source to its target (Ctrl+Shift+S). */
    public void copySource() {
        current.copySource();
    }

    /**
     * Inserts the n-th glossary target term at {@code caret} in the target (Ctrl+n).
     *
     * @return the caret after the term (the same caret when there is no such term)
     */
    public int insertTerm(int n, int caret) {
        return current.insertTerm(n, caret);
    }

    /** Replaces the target with the n-th memory match's target (Ctrl+Shift+n); false when there is none. */
    public boolean insertMatch(int n) {
        return current.insertMatch(n);
    }

    private void targetEdited(Optional<Content> target) {
        current.targetEdited(target);
    }

    /** Splits the current segment's source at {@code offset} of its displayed source (see {@link Resegmenter}). */
    public boolean split(int offset) {
        return current.index() >= 0 && edits.split(current.index(), offset);
    }

    /** Joins the current segment with the next one of its unit (see {@link Resegmenter}). */
    public boolean joinWithNext() {
        return current.index() >= 0 && edits.joinWithNext(current.index());
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
        public void rebuildRows(Runnable rebuild) {
            current.reset();
            rebuild.run();
            filter.apply(filter.show());
            qa.checkFile(grid.pairs());
        }

        @Override
        public void select(int index) {
            current.select(index);
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
        glossariesChanged(grown.get());
        return true;
    }

    /** Uses {@code next}, whose glossaries changed: the terms are marked and the file checked again with them. */
    private void glossariesChanged(Resources next) {
        resources = next;
        if (session == null) return;
        markTerms();
        qa.use(qaEngine(), this::numberOf);
        qa.checkFile(grid.pairs());
        current.refreshTerms();
    }

    // ---- server ----

    /**
     * Uses memories and termbases on a Glossa server from now on (see {@link ServerLink}): confirmed segments
     * go to the first memory through a {@link WriteQueue} whose journal is in {@code journalFolder} (confirmations an
     * earlier session left there are sent first), the memories are looked up with the memory files, the termbases
     * are marked and checked like glossaries, and the server's changes are followed. The status bar shows
     * {@link #serverStatusProperty()}.
     */
    public ServerLink connect(ServerResources resources, Path journalFolder, Async sender, Async listener) {
        leaveServer();
        ServerLink connection = new ServerLink(resources, journalFolder,
                new ServerLink.Workers(async, sender, listener), scheduler, new ServerHost(), message::set);
        server = Optional.of(connection);
        serverStatus.bind(connection.status().textProperty());
        memories.useServer(connection);
        current.lookup();
        return connection;
    }

    /**
     * Uses no server from now on (a project without server URLs was opened): the event stream and the sender stop,
     * confirmations not yet acknowledged stay in their journal on disk (sent when that memory is used again), the
     * server's termbases are no longer marked and the status bar no longer shows a server.
     */
    public void disconnect() {
        leaveServer();
        serverStatus.unbind();
        serverStatus.set("");
        memories.useNoServer();
        current.lookup();
    }

    /** Closes the link in use, if any, and drops its termbases (a new link reads its own). */
    private void leaveServer() {
        if (server.isEmpty()) return;
        server.get().close();
        server = Optional.empty();
        glossariesChanged(resources.withTermbases(List.of()));
    }

    /** What the editor does when the server's memories or termbases changed. */
    private final class ServerHost implements ServerLink.Host {
        @Override
        public void memoryChanged() {
            current.lookup();
        }

        @Override
        public void termbasesChanged(List<Glossary> termbases) {
            glossariesChanged(resources.withTermbases(termbases));
        }
    }

    public Optional<ServerLink> server() {
        return server;
    }

    /** The server part of the status bar (empty without a server), see {@link ServerStatus}. */
    public ReadOnlyStringProperty serverStatusProperty() {
        return serverStatus.getReadOnlyProperty();
    }

    private Optional<Path> documentFolder() {
        return session == null ? Optional.empty() : folderOf(session);
    }

    private static Optional<Path> folderOf(DocumentSession session) {
        if (!session.hasFile()) return Optional.empty();
        return Optional.ofNullable(session.workFile().toAbsolutePath().getParent());
    }

    // ---- filter and find ----

    /** Shows only the rows of {@code show} in the grid; goes to the first shown row if the current one is hidden. */
    public void applyFilter(RowFilter.Show show) {
        filter.apply(show);
        int visible = filter.visibleRows().size();
        message.set(show == RowFilter.Show.ALL ? "Showing all segments"
                : "Showing " + visible + " of " + grid.size() + " segments: " + show.label());
        if (visible > 0 && !filter.isVisible(current.index())) select(filter.sourceIndex(0));
    }

    // ---- saving ----

    /** Saves to the work file (Ctrl+S); false when the document has no file. */
    public boolean save() {
        if (!saver.save()) return false;
        showMerged(session.lastMerge().taken());
        qa.checkFile(grid.pairs());
        return true;
    }

    /** Shows the units that the save took from the file (another writer's changes, decision 0038) in the grid. */
    private void showMerged(java.util.Set<Integer> units) {
        if (units.isEmpty()) return;
        for (int u : units) grid.update(session.unit(u));
        statusText.set(grid.progress());
        int row = current.index();
        if (row >= 0 && units.contains(grid.unitOf(row))) current.select(row);
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

    /**
     * Why Export should ask the user first ("Export anyway"): confirmed segments whose target lacks inline codes of
     * the source, whose formatting or links the exported document would lose; empty when nothing would be lost.
     */
    public Optional<String> exportWarning() {
        return session == null ? Optional.empty() : Exporter.lostCodesWarning(grid.confirmedLackingCodes());
    }

    /**
     * Why Ctrl+Enter should ask first ("Confirm anyway"): the current segment's tag errors as live QA has found them
     * (see {@link Readiness}); empty when it has none (or there is no segment).
     */
    public Optional<String> confirmWarning() {
        if (current.index() < 0) return Optional.empty();
        return Readiness.beforeConfirming(grid.row(current.index()).number(), qa.segmentFindings());
    }

    /**
     * Why Export should ask first, besides {@link #exportWarning()}: untranslated segments (their source is exported)
     * and the file's QA errors; empty when there are none.
     */
    public Optional<String> incompleteWarning() {
        if (session == null) return Optional.empty();
        int untranslated = (int) grid.rows().stream().filter(RowFilter::unconfirmed)
                .filter(row -> row.targetText().isEmpty()).count();
        return Readiness.beforeExporting(untranslated, qa.fileFindings());
    }

    /** Re-runs QA over the whole file. */
    public void checkFile() {
        if (session != null) qa.checkFile(grid.pairs());
    }

    /**
     * Saves the open document when it has unsaved work (as Ctrl+S does) and closes it: no document is shown, its
     * memories are released and confirmed segments go to no project memory until one is given again (another
     * project is being opened). A document without a file is closed as it is.
     *
     * @return false when there was no document
     * @throws java.io.UncheckedIOException when saving failed (the document then stays open)
     */
    public boolean closeDocument() {
        if (session == null) return false;
        if (session.hasFile() && session.unsaved()) save();
        saver.cancel();
        memories.useProjectMemory(Optional.empty());
        projectRepetitions.documentClosed();
        memories.close();
        session = null;
        current.reset();
        history.clear();
        filter.apply(RowFilter.Show.ALL);
        grid.clear();
        documentName.set("");
        unsaved.set(false);
        statusText.set(grid.progress());
        editor.clear();
        glossary.clear();
        memory.clear();
        qa.clear();
        aids.documentClosed();
        return true;
    }

    /** Autosaves on this thread (waiting for a background autosave) and releases the memory (the window is closing). */
    public void close() {
        saver.close();
        memories.close();
        server.ifPresent(ServerLink::close);
    }

    // ---- resources ----

    /**
     * Uses these glossaries and memories from now on; an open document is annotated and checked again with them
     * (its edits kept, the current segment kept).
     */
    public void useResources(Resources next) {
        resources = Objects.requireNonNull(next, "resources")
                .withTermbases(server.map(ServerLink::termbases).orElse(List.of()));
        if (session == null) return;
        int index = current.index();
        boolean wasUnsaved = unsaved.get();
        show(session);
        unsaved.set(wasUnsaved);
        if (index >= 0 && index < grid.size()) select(index);
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

    /**
     * The next document shown belongs to a project whose other documents are {@code otherFiles} (their XLIFF files;
     * none outside a project): their repetitions are counted and filled on confirmation (see
     * {@link ProjectRepetitions}).
     */
    public void useProjectRepetitions(List<Path> otherFiles) {
        projectRepetitions.use(otherFiles);
    }

    private int numberOf(Finding finding) {
        return rowOf(finding).map(index -> grid.row(index).number()).orElse(0);
    }

    /** The grid row of a finding's segment, for "click a finding to go there"; empty when unknown. */
    public Optional<Integer> rowOf(Finding finding) {
        return grid.rowOf(finding.unit(), finding.segment());
    }

    // ---- accessors ----

    public ObservableList<SegmentRow> rows() {
        return grid.rows();
    }

    public SegmentEditorViewModel editor() {
        return editor;
    }

    /** The current segment's inline codes in its target: tag strip, insert next tag, insert a chosen tag. */
    public TargetTagsViewModel tags() {
        return tags;
    }

    /** The current unit's notes and size limits: the Notes panel and the counts' "used / limit". */
    private void unitShown(int row) {
        if (row < 0) {
            notes.clear();
            counts.useLimits(List.of());
            return;
        }
        int unitIndex = grid.unitOf(row);
        notes.show(unitIndex, grid.row(row).locked());
        counts.useLimits(SegmentPair.limitsOf(session.unit(unitIndex), grid.row(row).segmentId()));
    }

    /** The current unit's notes: others' to read, the translator's own to write. */
    public NotesViewModel notes() {
        return notes;
    }

    /** The current segment's character and word counts. */
    public SegmentCounts counts() {
        return counts;
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

    /** Spelling, concordance and machine translation (see {@link EditorAids}). */
    public EditorAids aids() {
        return aids;
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
        return current.indexProperty();
    }

    public int currentIndex() {
        return current.index();
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
