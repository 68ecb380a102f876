package org.glossa.desktop.viewmodel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * File → Open Recent: up to {@value #MAX} files and projects, most recent first, kept in the {@link Settings}
 * ({@code recent.1} … {@code recent.10}). Files that no longer exist are dropped when the list is read and when
 * the menu is shown.
 */
public final class RecentFiles {

    public static final int MAX = 10;
    static final String PREFIX = "recent.";

    private final Settings settings;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    public RecentFiles(Settings settings) {
        this.settings = settings;
        List<Path> read = new ArrayList<>();
        for (int i = 1; i <= MAX; i++) {
            settings.get(PREFIX + i).filter(s -> !s.isBlank()).map(Path::of).ifPresent(read::add);
        }
        files.setAll(read.stream().distinct().filter(Files::exists).toList());
    }

    /** The files, most recent first. */
    public ObservableList<Path> files() {
        return readOnly;
    }

    /** Puts {@code file} first (moving it up when it is listed already), keeping at most {@value #MAX}. */
    public void add(Path file) {
        Path path = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(path);
        next.add(0, path);
        files.setAll(next.subList(0, Math.min(MAX, next.size())));
        store();
    }

    /** Drops the files that no longer exist. */
    public void dropMissing() {
        if (files.removeIf(p -> !Files.exists(p))) store();
    }

    private void store() {
        settings.removePrefix(PREFIX);
        for (int i = 0; i < files.size(); i++) settings.put(PREFIX + (i + 1), files.get(i).toString());
    }
}
