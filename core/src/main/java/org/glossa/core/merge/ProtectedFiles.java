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
    private final Optional<ProtectedFiles> parent;
    private final Map<Object, Path> byKey = new HashMap<>();
    private final Map<Path, Path> byPath = new HashMap<>();

    private ProtectedFiles(Optional<ProtectedFiles> parent, Collection<Path> files) {
        this.parent = parent;
        for (Path p : files) {
            byPath.putIfAbsent(canonical(p), p);
            fileKey(p).ifPresent(k -> byKey.putIfAbsent(k, p));
        }
    }

    public static ProtectedFiles of(Collection<Path> files) {
        return new ProtectedFiles(Optional.empty(), files);
    }

    /** These files and {@code more} (this set is shared, not copied: cheap for one document of a large run). */
    public ProtectedFiles with(Collection<Path> more) {
        return new ProtectedFiles(Optional.of(this), more);
    }

    /** Throws an {@link InputException} naming {@code output} when writing it would write over a protected file. */
    public void refuse(Path output) {
        Path canonical = canonical(output);
        Optional<Object> key = fileKey(output);
        Optional<Path> hit = Optional.empty();
        for (Optional<ProtectedFiles> level = Optional.of(this); level.isPresent() && hit.isEmpty();
             level = level.get().parent) {
            ProtectedFiles files = level.get();
            hit = Optional.ofNullable(files.byPath.get(canonical)).or(() -> key.map(files.byKey::get));
        }
        if (hit.isPresent()) {
            throw new InputException(output.toString(), "refused: this is " + hit.get() + " (an input or the original),"
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
