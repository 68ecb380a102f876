package org.glossa.core.merge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.glossa.core.InputException;

/**
 * The files a merge must never write over: the XLIFF inputs of the run and the originals. An output is one of them
 * when it is the same path, a symbolic link to it or a hard link of it (same file key: device and inode), so
 * {@link #refuse(Path)} catches every way a write could reach an input.
 */
public final class ProtectedFiles {
    private final Map<Object, Path> byKey;
    private final Map<Path, Path> byPath;

    private ProtectedFiles(Map<Object, Path> byKey, Map<Path, Path> byPath) {
        this.byKey = byKey;
        this.byPath = byPath;
    }

    public static ProtectedFiles of(Collection<Path> files) {
        return new ProtectedFiles(new HashMap<>(), new HashMap<>()).with(files);
    }

    /** These files and {@code more}. */
    public ProtectedFiles with(Collection<Path> more) {
        Map<Object, Path> keys = new HashMap<>(byKey);
        Map<Path, Path> paths = new HashMap<>(byPath);
        for (Path p : more) {
            paths.putIfAbsent(canonical(p), p);
            fileKey(p).ifPresent(k -> keys.putIfAbsent(k, p));
        }
        return new ProtectedFiles(keys, paths);
    }

    /** Throws an {@link InputException} naming {@code output} when writing it would write over a protected file. */
    public void refuse(Path output) {
        Path hit = byPath.get(canonical(output));
        if (hit == null) hit = fileKey(output).map(byKey::get).orElse(null);
        if (hit != null) {
            throw new InputException(output.toString(), "refused: this is " + hit + " (an input or the original),"
                    + " and merge never writes over its input; choose another output folder with -o");
        }
    }

    /** The real path of an existing file (links resolved), else the absolute normalised path. */
    private static Path canonical(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static Optional<Object> fileKey(Path p) {
        try {
            return Optional.ofNullable(Files.readAttributes(p, BasicFileAttributes.class).fileKey());
        } catch (IOException e) {
            return Optional.empty(); // does not exist (yet): only its path can match
        }
    }
}
