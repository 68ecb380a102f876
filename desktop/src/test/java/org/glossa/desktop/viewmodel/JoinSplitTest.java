package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.glossa.core.merge.Merger;
import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;
import org.glossa.core.model.Unit;
import org.glossa.core.xliff.Interop;
import org.glossa.core.xliff.XliffReader;
import org.glossa.core.xliff.XsdValidation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

/** Split and join on the DW seed: the grid, saving valid XLIFF 2.1, reopening, undo, and merging back. */
class JoinSplitTest {

    @TempDir
    Path dir;
    Path seed;

    @BeforeEach
    void copySeed() throws IOException {
        seed = Files.copy(SessionRecoveryTest.SEED, dir.resolve(SessionRecoveryTest.SEED.getFileName()));
    }

    private EditorViewModel open() {
        EditorViewModel vm = new EditorViewModel(SessionRecoveryTest.LOADER, Resources.NONE, Async.DIRECT,
                Scheduler.NONE);
        vm.open(seed);
        return vm;
    }

    /** The first row whose unit has a next segment. */
    private static int firstJoinable(EditorViewModel vm) {
        for (int i = 0; i + 1 < vm.rows().size(); i++) {
            if (!vm.rows().get(i).locked() && vm.rows().get(i).unitId().equals(vm.rows().get(i + 1).unitId())) {
                return i;
            }
        }
        throw new AssertionError("the seed has no unit with two segments");
    }

    @Test
    void joinAndSplitRenumberTheGridSaveValidXliffAndReopenTheSame() throws IOException, SAXException {
        EditorViewModel vm = open();
        int row = firstJoinable(vm);
        int rows = vm.rows().size();
        String first = vm.rows().get(row).sourceText();
        String second = vm.rows().get(row + 1).sourceText();
        vm.select(row);

        assertTrue(vm.joinWithNext(), vm.message());

        assertEquals(rows - 1, vm.rows().size());
        String joined = vm.rows().get(row).sourceText();
        assertTrue(joined.startsWith(first) && joined.endsWith(second), joined);
        assertEquals(row, vm.currentIndex());
        for (int i = 0; i < vm.rows().size(); i++) assertEquals(i + 1, vm.rows().get(i).number());

        assertTrue(vm.split(first.length() + 1), vm.message());
        assertEquals(rows, vm.rows().size());
        assertEquals(first, vm.rows().get(row).sourceText());
        assertEquals(second, vm.rows().get(row + 1).sourceText());

        int title = indexOf(vm, "EU and NATO sign joint call for cooperation amid Ukraine war");
        vm.select(title);
        String titleText = vm.rows().get(title).sourceText();
        int space = titleText.indexOf(" sign ");
        assertTrue(vm.split(space + 1), vm.message());
        assertEquals(rows + 1, vm.rows().size());
        assertEquals(titleText.substring(0, space), vm.rows().get(title).sourceText());
        assertEquals(titleText.substring(space + 1), vm.rows().get(title + 1).sourceText());
        assertEquals(title + 2, vm.rows().get(title + 1).number());
        List<String> sources = vm.rows().stream().map(SegmentRow::sourceText).toList();

        assertTrue(vm.save());
        Path xlf = dir.resolve(seed.getFileName() + ".xlf");
        byte[] saved = Files.readAllBytes(xlf);
        XsdValidation.validate(saved, Interop.require(XsdValidation.XLIFF21_DIR + "/xliff_core_2.0.xsd"));
        assertEquals(sources, open().rows().stream().map(SegmentRow::sourceText).toList(),
                "the reopened file has the same segments");
    }

    @Test
    void joinedTargetsMergeBackToTheSameText() throws IOException {
        EditorViewModel vm = open();
        int row = firstJoinable(vm);
        vm.select(row);
        vm.editor().textProperty().set("Erster Satz.");
        vm.confirm();
        vm.select(row + 1);
        vm.editor().textProperty().set("Zweiter Satz.");
        vm.confirm();
        byte[] before = merge(vm.document().orElseThrow());
        vm.select(row);

        assertTrue(vm.joinWithNext(), vm.message());

        assertTrue(vm.rows().get(row).targetText().matches("Erster Satz\\.\\s+Zweiter Satz\\."),
                vm.rows().get(row).targetText());
        assertEquals("translated", vm.rows().get(row).statusId());
        assertTrue(vm.save());
        Document saved = XliffReader.read(dir.resolve(seed.getFileName() + ".xlf")).get(0);
        assertArrayEquals(before, merge(saved));
        String merged = new String(merge(saved), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(merged.contains("Erster Satz."), "the translation is merged");
    }

    @Test
    void joinAndSplitAreUndoneInOneStep() {
        EditorViewModel vm = open();
        int row = firstJoinable(vm);
        List<Unit> units = vm.document().orElseThrow().units();
        vm.select(row);
        vm.joinWithNext();
        vm.select(vm.rows().size() - 1);

        assertTrue(vm.undo());

        assertEquals(units, vm.document().orElseThrow().units());
        assertEquals(row, vm.currentIndex(), "undo goes to the segment it changes");
        assertEquals("Undone: Join segments", vm.message());
        assertTrue(vm.redo());
        assertEquals(units.size(), vm.document().orElseThrow().units().size());
        assertEquals(vm.rows().size(), vm.document().orElseThrow().segments().size());
    }

    @Test
    void refusalsAreReported() {
        EditorViewModel vm = new EditorViewModel();
        vm.load(org.glossa.desktop.SampleDocument.create());
        vm.select(0);

        assertFalse(vm.joinWithNext());
        assertTrue(vm.message().startsWith("This is the last segment"), vm.message());
        assertFalse(vm.split(3));
        assertEquals("Split between two words, not inside one", vm.message());
        vm.select(1);
        assertFalse(vm.split(5));
        assertTrue(vm.message().contains("locked"), vm.message());
        assertEquals(2, vm.rows().size());
        assertFalse(vm.history().canUndoProperty().get());
    }

    private static byte[] merge(Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Merger.merge(document, Optional.empty(), out);
        return out.toByteArray();
    }

    static int indexOf(EditorViewModel vm, String source) {
        for (int i = 0; i < vm.rows().size(); i++) if (vm.rows().get(i).sourceText().equals(source)) return i;
        throw new AssertionError("no segment " + source);
    }

    static Segment segment(EditorViewModel vm, int row) {
        return vm.document().orElseThrow().segments().get(row);
    }
}
