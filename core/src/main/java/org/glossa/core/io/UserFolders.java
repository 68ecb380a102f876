package org.glossa.core.io;

import java.nio.file.Path;

/** The user's own folders Glossa keeps caches, settings, data and state in (XDG Base Directory specification). */
public final class UserFolders {
    private UserFolders() {
    }

    /** {@code $XDG_CACHE_HOME} when it is set to an absolute path (the specification ignores others), else {@code ~/.cache}. */
    public static Path cache() {
        return xdg("XDG_CACHE_HOME", ".cache");
    }

    /** {@code $XDG_CONFIG_HOME} when it is set to an absolute path (the specification ignores others), else {@code ~/.config}. */
    public static Path config() {
        return xdg("XDG_CONFIG_HOME", ".config");
    }

    /**
     * {@code $XDG_STATE_HOME} when it is set to an absolute path, else {@code ~/.local/state}: data that must
     * survive a restart but is not worth backing up as a document (the editor's queue of confirmations for a server).
     */
    public static Path state() {
        return xdg("XDG_STATE_HOME", ".local/state");
    }

    /** {@code $XDG_DATA_HOME} when it is set to an absolute path, else {@code ~/.local/share}. */
    public static Path data() {
        return xdg("XDG_DATA_HOME", ".local/share");
    }

    private static Path xdg(String variable, String inHome) {
        String xdg = System.getenv(variable);
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return Path.of(xdg);
        return Path.of(System.getProperty("user.home"), inHome);
    }
}
