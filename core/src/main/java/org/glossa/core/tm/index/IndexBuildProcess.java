package org.glossa.core.tm.index;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Builds a memory file's index in a child JVM whose options the host process names (decision 0057): the command line
 * runs on the client compiler alone (C1, decision 0025), on which a 10,000,000-unit build takes twice the CPU it takes
 * with C2, while every command that finds its indexes built starts faster on C1. So the launcher gives the command line
 * the system property {@value #OPTIONS} (the child's JVM options, separated by spaces, e.g. {@code -XX:+UseSerialGC}),
 * and an index of a TMX file of at least {@value #MIN_BYTES} bytes (default 32 MiB, ~75,000 units; below that the
 * child's start costs more than C2 saves) is built by this class's {@link #main} in a child JVM on the same class
 * path: the same {@link IndexCache#openOrBuild} under the same lock, into the same folder. Without the property (tests,
 * the editor, the server, a library caller) indexes are built in the process, as before.
 *
 * <p>Nothing depends on the child: when it fails for any reason (a JVM option refused, a damaged TMX, no memory,
 * killed) it says nothing and the calling process builds the index itself, reporting any error as it always has; what
 * a killed child leaves beside the index is removed by that build, as after any killed build. A child still building
 * when its parent is stopped (SIGTERM, SIGINT) is stopped with it.
 */
public final class IndexBuildProcess {
    /** The system property naming the child JVM's options; absent: indexes are built in the process. */
    static final String OPTIONS = "glossa.index.build-jvm";
    /** The system property with the smallest TMX file size (bytes) whose index a child builds. */
    static final String MIN_BYTES = "glossa.index.build-jvm.min-bytes";
    private static final long DEFAULT_MIN_BYTES = 32L << 20;
    /**
     * The child's options for its threads' scheduling, before the configured ones (which may override them): Java
     * thread priorities mapped to Linux nice values ({@code ThreadPriorityPolicy=1}), so that the build's helper
     * threads ({@link IndexBuilder#BACKGROUND}: flushing, the TMX's hash) give way to the indexing thread, its
     * critical path (decision 0065). Only lowering a priority needs no privilege; the JIT compiler's and VM's threads
     * are kept at nice 0 (the JVM raises them to -4 for root and fails silently for anyone else: the same for
     * every user this way). {@code -PrintWarnings}: the JVM warns every user but root that priorities may need
     * privileges; the child has nothing else to say (the parent reports any failure by building itself). Given only
     * when this process runs at nice 0 ({@link #scheduling(Optional)}): the JVM sets each thread's nice value, not an
     * offset, so under {@code nice glossa …} it would undo the user's niceness for root.
     */
    static final List<String> SCHEDULING = List.of("-XX:ThreadPriorityPolicy=1", "-XX:CompilerThreadPriority=0",
            "-XX:VMThreadPriority=0", "-XX:-PrintWarnings");

    /**
     * The child's option for its heap where the kernel gives transparent huge pages on request (Linux THP
     * {@code madvise}, Debian's default): the indexing thread's term lookups and postings writes land all over Lucene's
     * ~100 MB in-memory segment, where with 4 KiB pages a random access misses the TLB as well as the cache
     * (decision 0067: a 10M build 2.4–3.7 s faster, 3–6 s less CPU). With THP {@code always} the heap has huge pages anyway,
     * with {@code never} the JVM could not have them; the launcher gives its own JVM the same option for
     * {@code extract} and {@code qa} (decision 0045).
     */
    static final List<String> HUGE_PAGES = List.of("-XX:+UseTransparentHugePages");
    private static final Path THP_MODE = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    private IndexBuildProcess() {
    }

    /**
     * Where a process builds its memories' indexes.
     *
     * @param childJvm the child JVM's options; empty: in this process
     * @param minBytes the smallest TMX file built in a child
     */
    record Settings(Optional<List<String>> childJvm, long minBytes) {
        static final Settings IN_PROCESS = new Settings(Optional.empty(), Long.MAX_VALUE);

        /** This process's settings, from {@value #OPTIONS} and {@value #MIN_BYTES}. */
        static Settings fromSystemProperties() {
            return of(Optional.ofNullable(System.getProperty(OPTIONS)), Optional.ofNullable(System.getProperty(MIN_BYTES)));
        }

        /** The settings the two system properties' values make ({@link #fromSystemProperties}). */
        static Settings of(Optional<String> childOptions, Optional<String> minBytesValue) {
            if (childOptions.isEmpty()) return IN_PROCESS;
            String options = childOptions.get();
            String min = minBytesValue.orElse(null);
            long minBytes;
            try {
                minBytes = min == null ? DEFAULT_MIN_BYTES : Long.parseLong(min.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("-D" + MIN_BYTES + " is not a number of bytes: " + min, e);
            }
            List<String> jvm = Arrays.stream(options.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
            return new Settings(Optional.of(jvm), minBytes);
        }

        boolean buildsInChild(Path tmx) throws IOException {
            return childJvm.isPresent() && Files.size(tmx) >= minBytes;
        }
    }

    /**
     * Builds the index of {@code tmx} in {@code dir} in a child JVM when {@code settings} say so; true when the child
     * built it (the caller then opens it), false when it was not asked to or failed (the caller builds it itself).
     */
    static boolean buildInChild(Settings settings, Path tmx, Path dir, String src, String tgt, IndexOptions options)
            throws IOException {
        if (!settings.buildsInChild(tmx)) return false;
        List<String> platform = new ArrayList<>(scheduling(niceOfThisProcess()));
        platform.addAll(hugePages(transparentHugePageMode()));
        Process child = new ProcessBuilder(childCommand(platform, settings, tmx, dir, src, tgt, options))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT) // what it says while it runs (a wait for the lock)
                .start();
        Thread stopChild = new Thread(child::destroy, "glossa-stop-index-build");
        Runtime.getRuntime().addShutdownHook(stopChild);
        try {
            return child.waitFor() == 0;
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the index of " + tmx + " was built");
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopChild);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs: it stops the child
            }
        }
    }

    /**
     * The child JVM's command line: Java, the options for this platform ({@link #SCHEDULING}, {@link #HUGE_PAGES}, as
     * they apply), the configured options, the class path, the build.
     */
    static List<String> childCommand(List<String> platform, Settings settings, Path tmx, Path dir, String src,
                                     String tgt, IndexOptions options) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(platform);
        command.addAll(settings.childJvm().orElseThrow());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), IndexBuildProcess.class.getName(),
                tmx.toString(), dir.toString(), src, tgt, Boolean.toString(options.charNgrams())));
        return command;
    }

    /** {@link #SCHEDULING} for a process at nice 0; none for one the user niced, or whose nice value is unknown. */
    static List<String> scheduling(Optional<Integer> nice) {
        return nice.equals(Optional.of(0)) ? SCHEDULING : List.of();
    }

    /**
     * {@link #HUGE_PAGES} when the kernel's transparent-huge-page mode (the contents of
     * {@code /sys/kernel/mm/transparent_hugepage/enabled}, e.g. {@code always [madvise] never}) is {@code madvise}.
     */
    static List<String> hugePages(Optional<String> thpMode) {
        return thpMode.filter(m -> m.contains("[madvise]")).isPresent() ? HUGE_PAGES : List.of();
    }

    /** The kernel's transparent-huge-page mode line; empty where there is none (not Linux, no THP). */
    private static Optional<String> transparentHugePageMode() {
        try {
            return Optional.of(Files.readString(THP_MODE));
        } catch (IOException | RuntimeException none) {
            return Optional.empty();
        }
    }

    /** This process's Linux nice value; empty elsewhere. */
    private static Optional<Integer> niceOfThisProcess() {
        return niceIn(Path.of("/proc/self/stat"));
    }

    /**
     * The nice value in a Linux {@code stat} file of a process or thread (field 19, counted after the command's
     * closing parenthesis, which the command itself may contain); empty when there is none to read.
     */
    static Optional<Integer> niceIn(Path stat) {
        try {
            String line = Files.readString(stat);
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return Optional.of(Integer.parseInt(fields[16]));
        } catch (IOException | RuntimeException notLinux) {
            return Optional.empty();
        }
    }

    /**
     * The child: {@code TMX INDEX_DIR SOURCE TARGET CHAR_NGRAMS}. Exit status 0 when the index is built (or was found
     * current), 1 when it is not; it prints nothing about a failure, which the parent's own build reports.
     */
    public static void main(String[] args) {
        int status = 1;
        if (args.length == 5) {
            try {
                IndexOptions options = new IndexOptions(Boolean.parseBoolean(args[4]), IndexOptions.DEFAULT.candidates());
                IndexCache.Opened opened = IndexCache.openOrBuild(Path.of(args[0]), Path.of(args[1]), args[2], args[3],
                        options, Settings.IN_PROCESS);
                opened.reader().close();
                opened.directory().close();
                status = 0;
            } catch (Exception | OutOfMemoryError | StackOverflowError e) {
                // the parent builds the index itself and reports what went wrong
            }
        }
        System.exit(status);
    }
}
