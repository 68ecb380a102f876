package org.glossa.desktop.viewmodel;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * The process {@link KillRecoveryTest} kills: opens a document, types into the title segment, autosaves through a
 * background writer thread (as the application does) and prints {@code AUTOSAVED n} once each write is on disk.
 * With {@code once} it then waits to be killed; with {@code loop} it goes on editing and autosaving until killed.
 *
 * <p>Arguments: {@code DOCUMENT once|loop TEXT}.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path document = Path.of(args[0]);
        boolean loop = args[1].equals("loop");
        String text = args[2];
        BlockingQueue<Boolean> written = new LinkedBlockingQueue<>();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        Async writer = new Async() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                thread.execute(() -> DIRECT.run(work, result -> {
                    onSuccess.accept(result);
                    written.add(Boolean.TRUE);
                }, failure -> {
                    onFailure.accept(failure);
                    written.add(Boolean.FALSE);
                }));
            }
        };
        EditorViewModel editor = new EditorViewModel(SessionRecoveryTest.LOADER, Resources.NONE, Async.DIRECT, writer,
                Scheduler.NONE);
        editor.open(document);
        editor.select(SessionRecoveryTest.indexOf(editor, KillRecoveryTest.TITLE));
        for (int n = 1; ; n++) {
            editor.editor().textProperty().set(loop ? text + " " + n : text);
            if (!editor.autosave()) throw new IllegalStateException("nothing to autosave");
            if (!written.take()) throw new IllegalStateException("autosave failed: " + editor.message());
            System.out.println("AUTOSAVED " + n);
            System.out.flush();
            if (!loop) break;
        }
        Thread.sleep(Long.MAX_VALUE); // killed here
    }
}
