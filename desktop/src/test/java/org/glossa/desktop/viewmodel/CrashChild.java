package org.glossa.desktop.viewmodel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * The process {@link KillRecoveryTest} kills: opens a document, types into the title segment, autosaves through a
 * background writer thread (as the application does) and prints {@code AUTOSAVED n} once each write is on disk.
 * With {@code once} it then waits to be killed; with {@code loop} it goes on editing and autosaving until killed.
 * With {@code type} it types one more character of {@code TEXT} repeated every {@link #KEY_INTERVAL_MS} ms on its
 * own UI thread, with the editor's timers on that thread (only those autosave, as in the application), printing
 * {@code TYPED n MILLIS} after each key (n characters typed, MILLIS since the first key) and appending that line to
 * {@code KEYLOG} (unbuffered: it outlives the kill), until killed.
 *
 * <p>Arguments: {@code DOCUMENT once|loop TEXT} or {@code DOCUMENT type TEXT KEYLOG}.
 */
public final class CrashChild {

    private CrashChild() {
    }

    static final long KEY_INTERVAL_MS = 100;

    public static void main(String[] args) throws Exception {
        Path document = Path.of(args[0]);
        if (args[1].equals("type")) {
            typeUntilKilled(document, args[2], Path.of(args[3]));
            return;
        }
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

    private static void typeUntilKilled(Path document, String key, Path keyLog) throws Exception {
        OutputStream log = Files.newOutputStream(keyLog, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        ScheduledExecutorService ui = Executors.newSingleThreadScheduledExecutor();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        Async writer = new Async() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                thread.execute(() -> DIRECT.run(work, result -> ui.execute(() -> onSuccess.accept(result)),
                        failure -> ui.execute(() -> onFailure.accept(failure))));
            }
        };
        Scheduler timers = (delay, action) -> {
            ScheduledFuture<?> timer = ui.schedule(action, delay.toNanos(), TimeUnit.NANOSECONDS);
            return () -> timer.cancel(false);
        };
        EditorViewModel editor = ui.submit(() -> {
            EditorViewModel opened = new EditorViewModel(SessionRecoveryTest.LOADER, Resources.NONE, Async.DIRECT,
                    writer, timers);
            opened.open(document);
            opened.select(SessionRecoveryTest.indexOf(opened, KillRecoveryTest.TITLE));
            return opened;
        }).get();
        long start = System.nanoTime();
        StringBuilder typed = new StringBuilder();
        ui.scheduleAtFixedRate(() -> {
            typed.append(key);
            editor.editor().textProperty().set(typed.toString());
            String line = "TYPED " + typed.length() / key.length() + " "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            try {
                log.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.out.println(line);
            System.out.flush();
        }, 0, KEY_INTERVAL_MS, TimeUnit.MILLISECONDS);
        Thread.sleep(Long.MAX_VALUE); // killed here
    }
}
