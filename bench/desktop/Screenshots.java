import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;

import org.glossa.desktop.GlossaApp;
import org.glossa.desktop.LaunchOptions;
import org.glossa.desktop.viewmodel.EditorViewModel;

/**
 * Takes the editor screenshots of docs/screenshots under Xvfb (see bench/desktop-screens.sh): opens the seed with the
 * DW glossary and a small TMX, translates the title and the dateline, goes to the sentence the TMX has a fuzzy match
 * for, takes the match and edits it into a target that drops the term NATO (a QA error), then grabs the screen with
 * ImageMagick's import: the whole window, and the memory panel with its diff.
 * Usage: java -cp DESKTOP_CLASSPATH bench/desktop/Screenshots.java SEED GLOSSARY TMX OUT_DIR
 */
public class Screenshots {

    static final String SENTENCE = "The European Union and the North Atlantic Treaty Organization";

    public static void main(String[] args) {
        try {
            run(args);
            System.exit(0);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    static void run(String[] args) throws Exception {
        Path seed = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[3]));
        LaunchOptions options = new LaunchOptions(Optional.of(seed), List.of(Path.of(args[1])), List.of(Path.of(args[2])));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        GlossaApp app = new GlossaApp(options);
        fx(() -> {
            Stage stage = new Stage();
            app.start(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1600);
            stage.setHeight(1000);
        });
        EditorViewModel vm = app.viewModel();
        waitFor(() -> fxGet(() -> !vm.rows().isEmpty()));

        translate(vm, "EU and NATO sign joint call", "EU und NATO unterzeichnen gemeinsamen Aufruf zur Zusammenarbeit angesichts des Ukraine-Kriegs");
        translate(vm, "January 10, 2023", "10. Januar 2023");
        translate(vm, "NATO and the EU have played key roles", "NATO und EU spielen seit dem Einmarsch Russlands eine Schlüsselrolle, sowohl bei Waffenlieferungen nach Kiew als auch bei der Sicherung der regionalen Sicherheit.");
        int row = row(vm, SENTENCE);
        fx(() -> vm.select(row));
        waitFor(() -> fxGet(() -> vm.memory().matches().size() >= 1
                || vm.message().startsWith("Could not") || vm.memory().messageProperty().get().startsWith("No")));
        System.out.println("memory: " + fxGet(() -> vm.memory().matches() + " " + vm.memory().messageProperty().get()
                + " / " + vm.message()));
        fx(() -> {
            vm.insertMatch(1);
            String text = vm.editor().text().replace(" (NATO)", "").replace("Montag", "Dienstag");
            vm.editor().textProperty().set(text);
            app.window().editor().focusTarget();
        });
        waitFor(() -> fxGet(() -> vm.qa().segmentFindings().stream().anyMatch(f -> f.check().equals("term-missing"))));
        Thread.sleep(1500);
        grab(out.resolve("editor-main.png"), null);
        Bounds panel = fxGet(() -> {
            Node list = app.window().lookup("#matchList");
            while (!(list instanceof javafx.scene.control.TitledPane)) list = list.getParent();
            Node pane = list;
            return pane.localToScreen(pane.getBoundsInLocal());
        });
        grab(out.resolve("editor-tm-diff.png"), panel);
    }

    static void translate(EditorViewModel vm, String sourceStart, String target) throws Exception {
        int row = row(vm, sourceStart);
        fx(() -> {
            vm.select(row);
            vm.editor().textProperty().set(target);
            vm.confirm();
        });
    }

    static int row(EditorViewModel vm, String sourceStart) throws Exception {
        return fxGet(() -> {
            for (int i = 0; i < vm.rows().size(); i++) if (vm.rows().get(i).sourceText().startsWith(sourceStart)) return i;
            throw new IllegalStateException("no segment " + sourceStart);
        });
    }

    /** The screen (or the part of it in {@code crop}) as a PNG, with ImageMagick's import. */
    static void grab(Path file, Bounds crop) throws Exception {
        List<String> command = crop == null
                ? List.of("import", "-window", "root", "-crop", "1600x1000+0+0", file.toString())
                : List.of("import", "-window", "root", "-crop", String.format("%dx%d+%d+%d", (int) crop.getWidth(),
                        (int) crop.getHeight(), (int) crop.getMinX(), (int) crop.getMinY()), file.toString());
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) throw new IllegalStateException("import failed: " + command);
        System.out.println("wrote " + file);
    }

    static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) throw new IllegalStateException("timed out");
            Thread.sleep(100);
        }
    }

    static void fx(Runnable action) throws Exception {
        fxGet(() -> {
            action.run();
            return null;
        });
    }

    static <T> T fxGet(java.util.concurrent.Callable<T> action) {
        FutureTask<T> task = new FutureTask<>(action);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
