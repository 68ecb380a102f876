package org.glossa.core.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that readers see either the old or the complete new file, never a partial one. Every output of
 * Glossa goes through here.
 *
 * <ul>
 *   <li>The content goes to a hidden temporary file in the target's folder, {@code .<name>.<pid>-<random>.tmp},
 *       which is forced to disk and then renamed over the target (atomic on POSIX file systems), and the folder is
 *       forced so the rename survives a power cut.</li>
 *   <li>Symbolic links are followed (relative ones from the link's folder, chains too): the file the link points
 *       to is replaced, in its own folder, and the link stays a link.</li>
 *   <li>An existing file keeps its permissions. A new file gets the mode an ordinary write would give it
 *       ({@code 0666 & ~umask}, and the folder's default ACL): the temporary file is created with
 *       {@link Files#createFile} without attributes, exactly like an ordinary new file.</li>
 *   <li>A failed write (full disk, an exception from the writer) removes the temporary file and leaves the target
 *       as it was. A temporary file left by a run that was killed is removed by the next write to the same target,
 *       when the process id in its name is no process on this machine any more (files of the older
 *       {@code .<name>.<random>.tmp|.part} form count as such too: their number is no live process id).</li>
 * </ul>
 */
public final class AtomicFiles {
    private static final int MAX_LINKS = 40;
    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

    private AtomicFiles() {
    }

    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Writes to a temporary file beside {@code target}, forces it to disk, then moves it into place. */
    public static void write(Path target, Writer writer) throws IOException {
        try (Pending p = begin(target)) {
            writer.write(p.stream());
            p.commit();
        }
    }

    /**
     * Starts writing {@code target}: write to {@link Pending#stream()}, then {@link Pending#commit()}; closing without
     * a commit discards what was written and leaves the target as it was.
     */
    public static Pending begin(Path target) throws IOException {
        Path real = followLinks(target);
        Path dir = real.getParent();
        Files.createDirectories(dir);
        removeLeftovers(real);
        Path tmp = createTemporary(real);
        try {
            copyMode(real, tmp);
            return new Pending(real, tmp, FileChannel.open(tmp, StandardOpenOption.WRITE));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /**
     * The file {@code path} stands for: itself, or the file its symbolic link (chain) points to, absolute. The file
     * need not exist.
     */
    public static Path followLinks(Path path) throws IOException {
        Path p = path.toAbsolutePath().normalize();
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == MAX_LINKS) throw new IOException("too many levels of symbolic links: " + path);
            p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
        }
        return p;
    }

    /** The name of a temporary file for {@code target} written by process {@code pid}. */
    static Path temporaryName(Path target, long pid, String random) {
        return target.resolveSibling("." + target.getFileName() + "." + pid + "-" + random + ".tmp");
    }

    private static Path createTemporary(Path real) throws IOException {
        long pid = ProcessHandle.current().pid();
        for (int attempt = 0; ; attempt++) {
            String random = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(0, 10);
            try {
                return Files.createFile(temporaryName(real, pid, random));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) throw e;
            }
        }
    }

    /** An existing target's permissions go to the temporary file before anything is written to it. */
    private static void copyMode(Path real, Path tmp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(real, PosixFileAttributeView.class);
        if (view == null || !Files.exists(real)) return;
        Files.setPosixFilePermissions(tmp, view.readAttributes().permissions());
    }

    /** Removes temporary files of {@code real} whose writing process is gone. */
    private static void removeLeftovers(Path real) throws IOException {
        String prefix = "." + real.getFileName() + ".";
        List<Path> gone = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(real.getParent(), p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && (n.endsWith(".tmp") || n.endsWith(".part"));
        })) {
            for (Path p : s) {
                String n = p.getFileName().toString();
                OptionalLong pid = leadingNumber(n.substring(prefix.length()));
                if (pid.isPresent() && !alive(pid.getAsLong())) gone.add(p);
            }
        }
        for (Path p : gone) Files.deleteIfExists(p);
    }

    private static OptionalLong leadingNumber(String s) {
        int end = 0;
        while (end < s.length() && Character.isDigit(s.charAt(end))) end++;
        if (end == 0 || end > 19) return end > 19 ? OptionalLong.of(Long.MAX_VALUE) : OptionalLong.empty();
        return OptionalLong.of(Long.parseUnsignedLong(s.substring(0, end)) & Long.MAX_VALUE);
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** A file being written; see {@link #begin}. */
    public static final class Pending implements AutoCloseable {
        private final Path target;
        private final Path temp;
        private final FileChannel channel;
        private final BufferedOutputStream buffer;
        private final OutputStream stream;
        private boolean done;

        private Pending(Path target, Path temp, FileChannel channel) {
            this.target = target;
            this.temp = temp;
            this.channel = channel;
            this.buffer = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            this.stream = new UncloseableOutputStream(buffer);
        }

        /** The file that is replaced on commit (symbolic links followed). */
        public Path target() {
            return target;
        }

        /** Where to write; closing it only flushes. */
        public OutputStream stream() {
            return stream;
        }

        /** Forces the content to disk and moves it into place. */
        public void commit() throws IOException {
            if (done) throw new IllegalStateException("already committed or closed");
            done = true;
            try {
                buffer.flush();
                channel.force(true);
                channel.close();
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                forceFolder(target.getParent());
            } finally {
                channel.close();
                Files.deleteIfExists(temp);
            }
        }

        /** Discards the content unless committed. */
        @Override
        public void close() throws IOException {
            if (done) return;
            done = true;
            try {
                channel.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Makes a rename in {@code dir} durable (POSIX: fsync of the folder; Windows cannot open folders). */
    private static void forceFolder(Path dir) throws IOException {
        if (WINDOWS) return;
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (NoSuchFileException e) {
            throw new IOException("the folder of the new file disappeared: " + dir, e);
        }
    }

    /** Writers may close the stream they are given; the channel stays open until it is forced to disk. */
    private static final class UncloseableOutputStream extends FilterOutputStream {
        UncloseableOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
