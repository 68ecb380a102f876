package org.glossa.desktop.view;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.ContextMenu;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.glossa.desktop.viewmodel.AddTermViewModel;
import org.glossa.desktop.viewmodel.AppearanceViewModel;
import org.glossa.desktop.viewmodel.EditorViewModel;
import org.glossa.desktop.viewmodel.FindReplaceViewModel;
import org.glossa.desktop.viewmodel.RowFilter;
import org.glossa.desktop.viewmodel.SegmentRow;
import org.glossa.desktop.viewmodel.SegmentStatus;

/**
 * The main window's content: menu bar, segment grid with the current segment's editor below it, the glossary, memory
 * and QA panels on the right, and a status bar, bound to an {@link EditorViewModel}. Every action is a menu item with
 * its shortcut; shortcuts are taken before the focused control sees the key, so the target editor cannot swallow
 * them (Ctrl+Enter, Ctrl+Up/Down).
 */
public final class MainWindow extends BorderPane {

    /** The stylesheet the scene showing this window needs. */
    public static final String STYLESHEET = MainWindow.class.getResource("glossa.css").toExternalForm();
    /** The spelling underlines', concordance panel's and machine translation's styles. */
    private static final String AIDS_STYLESHEET = MainWindow.class.getResource("aids.css").toExternalForm();

    /** Second shortcut of "Copy source to target" (a menu item has one). */
    private static final KeyCombination COPY_SOURCE_ALIAS = KeyCombination.keyCombination("Shortcut+Insert");
    /** Second shortcut of "Redo". */
    private static final KeyCombination REDO_ALIAS = KeyCombination.keyCombination("Shortcut+Shift+Z");

    private final EditorViewModel viewModel;
    private final SegmentTable table;
    private final EditorPane editor;
    private final SidePanels panels;
    private final MenuBar menuBar;
    private final FindBar findBar;
    private final TagMenu tagMenu;
    private final SpellingUnderlines spelling;
    private final NoBreakSpaceDots noBreakSpaces;
    private final ConcordancePanel concordance;
    private final NotesPanel notes;
    private final SplitPane gridAndEditor;
    private final SplitPane main;
    private boolean syncing;
    /** Answers "confirm anyway?" for a segment with QA errors (the workspace asks the user); yes by default. */
    private java.util.function.Predicate<String> confirmGuard = warning -> true;

    public MainWindow(EditorViewModel viewModel, Runnable onOpen, Runnable onSave, Runnable onQuit) {
        this.viewModel = viewModel;
        getStyleClass().add("main-window");
        table = new SegmentTable(viewModel.filter().visibleRows());
        editor = new EditorPane(viewModel.editor());
        panels = new SidePanels(viewModel.glossary().terms(), viewModel.memory(), viewModel.qa(),
                finding -> viewModel.rowOf(finding.finding()).ifPresent(this::go));
        findBar = new FindBar(viewModel.find(), editor::focusTarget);
        tagMenu = new TagMenu(viewModel.tags(), editor.target());
        getStylesheets().add(TagStrip.STYLESHEET);
        editor.getChildren().add(new TagStrip(viewModel.tags()));
        menuBar = menuBar(onOpen, onSave, onQuit);
        editor.target().setContextMenu(targetMenu());
        spelling = new SpellingUnderlines(editor.target(), editor, viewModel.aids().spelling());
        noBreakSpaces = new NoBreakSpaceDots(editor.target(), editor);
        concordance = new ConcordancePanel(viewModel.aids().concordance());
        installAids();
        notes = new NotesPanel(viewModel.notes());
        installNotes();

        gridAndEditor = new SplitPane(table, editor);
        gridAndEditor.setOrientation(Orientation.VERTICAL);
        gridAndEditor.setDividerPositions(0.68);
        main = new SplitPane(gridAndEditor, panels);
        main.setDividerPositions(0.68);
        setTop(menuBar);
        setCenter(main);
        setBottom(new VBox(findBar, statusBar(viewModel)));
        bindSelection();
        showMatches();
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) scene.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        });
    }

    public SegmentTable table() {
        return table;
    }

    public EditorPane editor() {
        return editor;
    }

    public SidePanels panels() {
        return panels;
    }

    public SpellingUnderlines spelling() {
        return spelling;
    }

    public NoBreakSpaceDots noBreakSpaces() {
        return noBreakSpaces;
    }

    public ConcordancePanel concordance() {
        return concordance;
    }

    /**
     * The spelling, concordance and machine translation aids (issue 18): the concordance panel under the QA panel,
     * Edit → "Spelling suggestions" (Alt+F7) and "Concordance search" (Ctrl+K, as in memoQ and Trados).
     */
    private void installAids() {
        getStylesheets().add(AIDS_STYLESHEET);
        TitledPane pane = new TitledPane("Concordance (Ctrl+K)", concordance);
        pane.setCollapsible(false);
        pane.setMaxHeight(Double.MAX_VALUE);
        panels.getItems().add(pane);
        panels.setDividerPositions(0.22, 0.46, 0.72);
        Menu edit = menuBar.getMenus().stream().filter(m -> "editMenu".equals(m.getId())).findFirst().orElseThrow();
        edit.getItems().addAll(new SeparatorMenuItem(),
                item("Spelling suggestions", "spellingMenuItem", "Alt+F7", spelling::showSuggestions),
                item("Concordance search", "concordanceMenuItem", "Shortcut+K", () -> {
                    String selected = editor.target().getSelectedText();
                    concordance.search(selected.isBlank() ? editor.sourceSelection() : selected);
                }));
    }

    public NotesPanel notes() {
        return notes;
    }

    /** The Notes panel (issue 18, comfort) at the top of the panels: the unit's notes and the translator's own. */
    private void installNotes() {
        getStylesheets().add(NotesPanel.STYLESHEET);
        TitledPane pane = new TitledPane("Notes", notes);
        pane.setId("notesPane");
        pane.textProperty().bind(viewModel.notes().titleProperty());
        pane.setCollapsible(false);
        pane.setMaxHeight(Double.MAX_VALUE);
        panels.getItems().add(0, pane);
        panels.setDividerPositions(0.18, 0.40, 0.58, 0.82);
    }

    public FindBar findBar() {
        return findBar;
    }

    /** The split panes whose dividers the layout remembers: grid|panels, then grid/editor. */
    public List<SplitPane> splitPanes() {
        return List.of(main, gridAndEditor);
    }

    /**
     * Adds the workspace's File items (recent files, projects after "Open…", export after "Save") and the project
     * panel on the left.
     */
    public void installWorkspace(List<MenuItem> afterOpen, List<MenuItem> afterSave, Node left) {
        Menu file = menuBar.getMenus().get(0);
        file.getItems().addAll(file.getItems().indexOf(byId(file, "openMenuItem")) + 1, afterOpen);
        file.getItems().addAll(file.getItems().indexOf(byId(file, "saveMenuItem")) + 1, afterSave);
        setLeft(left);
    }

    /**
     * Adds the appearance and comfort controls (text size, dark theme, glossary picker, typing from the grid, Tab
     * between the parts, segment counts): see {@link ComfortControls}.
     */
    public void installComfort(AppearanceViewModel appearance) {
        ComfortControls comfort = new ComfortControls(this, viewModel, appearance);
        menuBar.getMenus().get(2).getItems().addAll(comfort.viewItems());
        Menu edit = menuBar.getMenus().get(1);
        edit.getItems().add(edit.getItems().indexOf(byId(edit, "insertMatchMenu")), comfort.glossaryPicker());
    }

    private static MenuItem byId(Menu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    /** Goes to row {@code index} with the caret in its target. */
    private void go(int index) {
        viewModel.select(index);
        editor.focusTarget();
    }

    private void bindSelection() {
        table.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (syncing || now.intValue() < 0) return;
            int index = viewModel.filter().sourceIndex(now.intValue());
            if (index == viewModel.currentIndex()) return;
            viewModel.select(index);
        });
        viewModel.currentIndexProperty().addListener((obs, old, now) -> {
            int index = now.intValue();
            int shown = viewModel.filter().viewIndex(index);
            syncing = true;
            try {
                if (shown < 0) table.getSelectionModel().clearSelection();
                else if (table.getSelectionModel().getSelectedIndex() != shown) {
                    table.getSelectionModel().clearAndSelect(shown);
                    table.reveal(shown);
                }
            } finally {
                syncing = false;
            }
            if (index >= 0) Platform.runLater(() -> editor.target().positionCaret(editor.target().getLength()));
        });
    }

    private MenuBar menuBar(Runnable onOpen, Runnable onSave, Runnable onQuit) {
        Menu file = menu("File", "fileMenu",
                item("Open…", "openMenuItem", "Shortcut+O", onOpen),
                item("Save", "saveMenuItem", "Shortcut+S", onSave),
                new SeparatorMenuItem(),
                item("Quit", "quitMenuItem", "Shortcut+Q", onQuit));
        MenuItem undo = item("Undo", "undoMenuItem", "Shortcut+Z", () -> move(viewModel::undo));
        undo.textProperty().bind(Bindings.concat("Undo ", viewModel.history().undoLabelProperty()));
        MenuItem redo = item("Redo", "redoMenuItem", "Shortcut+Y", () -> move(viewModel::redo));
        redo.textProperty().bind(Bindings.concat("Redo ", viewModel.history().redoLabelProperty()));
        Menu edit = menu("Edit", "editMenu",
                undo, redo,
                new SeparatorMenuItem(),
                item("Copy source to target", "copySourceMenuItem", "Shortcut+Shift+S", viewModel::copySource),
                new SeparatorMenuItem(),
                numbered("Insert glossary term", "insertTermMenu", false),
                numbered("Insert memory match", "insertMatchMenu", true),
                tagMenu.next(), tagMenu.chooser(), tagMenu.picker(),
                new SeparatorMenuItem(),
                item("Find…", "findMenuItem", "Shortcut+F", () -> findBar.open(false)),
                item("Replace…", "replaceMenuItem", "Shortcut+H", () -> findBar.open(true)),
                item("Find next", "findNextMenuItem", "F3", () -> {
                    findBar.reveal(false);
                    viewModel.find().findNext();
                }),
                item("Find previous", "findPreviousMenuItem", "Shift+F3", () -> {
                    findBar.reveal(false);
                    viewModel.find().findPrevious();
                }),
                item("Replace and find next", "replaceNextMenuItem", "Shortcut+Shift+H", () -> {
                    findBar.reveal(true);
                    viewModel.find().replace();
                }),
                item("Replace all", "replaceAllMenuItem", "Shortcut+Alt+H", () -> {
                    findBar.reveal(true);
                    viewModel.find().replaceAll();
                }),
                new SeparatorMenuItem(),
                item("Split segment…", "splitMenuItem", "Shortcut+Alt+S", this::split),
                item("Join with next segment", "joinMenuItem", "Shortcut+Shift+J",
                        () -> move(viewModel::joinWithNext)));
        Menu view = menu("View", "viewMenu", filterMenu());
        Menu go = menu("Go", "goMenu",
                item("Previous segment", "previousMenuItem", "Shortcut+Up", () -> move(viewModel::previous)),
                item("Next segment", "nextMenuItem", "Shortcut+Down", () -> move(viewModel::next)),
                item("Next unconfirmed segment", "nextUnconfirmedMenuItem", "Shortcut+Shift+Down",
                        () -> move(viewModel::nextUnconfirmed)));
        Menu status = menu("Status", "statusMenu",
                item("Confirm and go to next unconfirmed", "confirmMenuItem", "Shortcut+Enter", this::confirm),
                new SeparatorMenuItem(),
                item("Draft", "draftMenuItem", "Shortcut+Alt+0", () -> viewModel.setStatus(SegmentStatus.DRAFT)),
                item("Translated", "translatedMenuItem", "Shortcut+Alt+1",
                        () -> viewModel.setStatus(SegmentStatus.TRANSLATED)),
                item("Reviewed", "reviewedMenuItem", "Shortcut+Alt+2",
                        () -> viewModel.setStatus(SegmentStatus.REVIEWED)),
                item("Final", "finalMenuItem", "Shortcut+Alt+3", () -> viewModel.setStatus(SegmentStatus.FINAL)));
        Menu glossary = menu("Glossary", "glossaryMenu",
                item("Add term…", "addTermMenuItem", "Shortcut+Shift+T", this::addTerm));
        Menu qa = menu("QA", "qaMenu", item("Check file", "checkFileMenuItem", "F7", viewModel::checkFile));
        MenuBar bar = new MenuBar(file, edit, view, go, status, glossary, qa);
        bar.setId("menuBar");
        return bar;
    }

    /** The grid filters, Alt+Shift+letter each (A all, U unconfirmed, Q QA issues, N/D/T/R/F a status). */
    private Menu filterMenu() {
        Menu show = new Menu("Show");
        show.setId("filterMenu");
        ToggleGroup group = new ToggleGroup();
        String keys = "AUQNDTRF";
        for (RowFilter.Show filter : RowFilter.Show.values()) {
            RadioMenuItem item = new RadioMenuItem(filter.label());
            item.setId("filter" + filter.name());
            item.setToggleGroup(group);
            item.setSelected(filter == RowFilter.Show.ALL);
            item.setAccelerator(KeyCombination.keyCombination("Alt+Shift+" + keys.charAt(filter.ordinal())));
            item.setOnAction(e -> {
                item.setSelected(true);
                viewModel.applyFilter(filter);
                editor.focusTarget();
            });
            show.getItems().add(item);
        }
        viewModel.filter().showProperty().addListener((obs, old, now) -> group.getToggles().get(now.ordinal())
                .setSelected(true));
        return show;
    }

    /** Asks {@code guard} before confirming a segment with QA errors (see {@link EditorViewModel#confirmWarning()}). */
    public void guardConfirm(java.util.function.Predicate<String> guard) {
        confirmGuard = guard;
    }

    /** Ctrl+Enter: confirms, after asking when live QA found errors in the segment. */
    private void confirm() {
        java.util.Optional<String> warning = viewModel.confirmWarning();
        if (warning.isPresent() && !confirmGuard.test(warning.get())) {
            viewModel.tell("Not confirmed: " + warning.get());
            editor.focusTarget();
            return;
        }
        move(viewModel::confirm);
    }

    /** Asks where to split the current segment and splits it there. */
    private void split() {
        int index = viewModel.currentIndex();
        if (index < 0) return;
        SegmentRow row = viewModel.rows().get(index);
        if (row.locked()) {
            viewModel.split(0); // refused: the view model says why in the status bar
            return;
        }
        new SplitDialog(getScene().getWindow(), row.number(), row.sourceText()).choose()
                .ifPresent(offset -> viewModel.split(offset));
        editor.focusTarget();
    }

    /** The target's context menu: the document's undo and redo instead of the text area's own. */
    private ContextMenu targetMenu() {
        TextArea target = editor.target();
        return new ContextMenu(
                plain("Undo", viewModel::undo), plain("Redo", viewModel::redo), new SeparatorMenuItem(),
                plain("Cut", target::cut), plain("Copy", target::copy), plain("Paste", target::paste),
                new SeparatorMenuItem(), plain("Select all", target::selectAll));
    }

    private static MenuItem plain(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Shows the match found: marked in the source, or selected in the target. */
    private void showMatches() {
        viewModel.find().matchProperty().addListener((obs, old, match) -> {
            if (match == null || match.row() != viewModel.currentIndex()) return;
            if (match.side() == FindReplaceViewModel.Side.SOURCE) {
                editor.showSourceMatch(match.hit().start(), match.hit().end());
                return;
            }
            Platform.runLater(() -> editor.target().selectRange(match.hit().start(), match.hit().end()));
        });
    }

    private void move(Runnable action) {
        action.run();
        editor.focusTarget();
    }

    private Menu numbered(String text, String id, boolean match) {
        Menu menu = new Menu(text);
        menu.setId(id);
        for (int n = 1; n <= 9; n++) {
            int number = n;
            MenuItem item = new MenuItem(text.substring(text.lastIndexOf(' ') + 1) + " " + n);
            item.setId(id + n);
            KeyCode digit = KeyCode.valueOf("DIGIT" + n);
            item.setAccelerator(match
                    ? new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)
                    : new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(e -> {
                if (match) viewModel.insertMatch(number);
                else insertTerm(number);
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    private void insertTerm(int n) {
        int caret = viewModel.insertTerm(n, editor.target().getCaretPosition());
        editor.target().requestFocus();
        editor.target().positionCaret(caret);
    }

    /** Glossary → Add Term…: the dialog prefilled with the source and target selections, then the term added. */
    private void addTerm() {
        AddTermViewModel dialog = viewModel.newTerm(editor.sourceSelection(), editor.target().getSelectedText());
        new AddTermDialog(getScene().getWindow(), dialog).ask().ifPresent(viewModel::addTerm);
        editor.target().requestFocus();
    }

    /** Fires the menu item whose shortcut {@code event} is, before any control can take the key. */
    private void shortcut(KeyEvent event) {
        if (COPY_SOURCE_ALIAS.match(event)) {
            event.consume();
            viewModel.copySource();
            return;
        }
        if (tagMenu.handles(event)) return;
        if (REDO_ALIAS.match(event)) {
            event.consume();
            move(viewModel::redo);
            return;
        }
        for (MenuItem item : allItems()) {
            KeyCombination accelerator = item.getAccelerator();
            if (accelerator != null && !item.isDisable() && accelerator.match(event)) {
                event.consume();
                item.fire();
                return;
            }
        }
    }

    private List<MenuItem> allItems() {
        List<MenuItem> out = new ArrayList<>();
        for (Menu menu : menuBar.getMenus()) collect(menu, out);
        return out;
    }

    private static void collect(Menu menu, List<MenuItem> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) collect(sub, out);
            else out.add(item);
        }
    }

    private static Menu menu(String text, String id, MenuItem... items) {
        Menu menu = new Menu(text, null, items);
        menu.setId(id);
        return menu;
    }

    private static MenuItem item(String text, String id, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(shortcut));
        item.setOnAction(event -> action.run());
        return item;
    }

    private static HBox statusBar(EditorViewModel viewModel) {
        Label message = new Label();
        message.setId("messageLabel");
        message.textProperty().bind(viewModel.messageProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label progress = new Label();
        progress.setId("statusLabel");
        progress.textProperty().bind(viewModel.statusTextProperty());
        Label server = new Label();
        server.setId("serverStatusLabel");
        server.textProperty().bind(viewModel.serverStatusProperty());
        server.visibleProperty().bind(viewModel.serverStatusProperty().isNotEmpty());
        server.managedProperty().bind(server.visibleProperty());
        HBox bar = new HBox(10, message, gap, server, progress);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

}
