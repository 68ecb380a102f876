package org.glossa.core.io;

import java.nio.file.Path;

/** The user's own folders Glossa keeps caches and state in (XDG Base Directory specification). */
public final class UserFolders {
    private UserFolders() {
    }

    /** {@code $XDG_CACHE_HOME} when it is set to an absolute path (the specification ignores others), else {@code ~/.cache}. */
    public static Path cache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return Path.of(xdg);
        return Path.of(System.getProperty("user.home"), ".cache");
    }

    /**
     * {@code $XDG_STATE_HOME} when it is set to an absolute path, else {@code ~/.local/state}: data that must
     * survive a restart but is not worth backing up as a document (the editor's queue of confirmations for a server).
     */
    public static Path state() {
        String xdg = System.getenv("XDG_STATE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return Path.of(xdg);
        return Path.of(System.getProperty("user.home"), ".local", "state");
    }
}
