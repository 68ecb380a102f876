package org.glossa.core.tm.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.StoredFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index built in a child JVM (decision 0057) is the index the process builds itself, opened by the caller with
 * its stats saying it was built now; a child that cannot run leaves the build to the caller; small files and a
 * process without the setting build in the process.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class IndexBuildProcessTest {
    @TempDir
    Path dir;

    private Path memory() throws Exception {
        List<TmxFiles.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            pairs.add(new TmxFiles.Pair(Integer.toString(i), "The council agreed on measure " + i + " against energy prices.",
                    "Der Rat einigte sich auf Maßnahme " + i + " gegen Energiepreise."));
        }
        return TmxFiles.write(dir.resolve("m.tmx"), pairs);
    }

    private record Built(List<MemoryEntry> entries, TmFileStats stats) {
    }

    private Built open(Path tmx, String index, IndexBuildProcess.Settings settings) throws Exception {
        IndexCache.Opened opened = IndexCache.openOrBuild(tmx, dir.resolve(index), "en", "de", IndexOptions.DEFAULT, settings);
        try {
            StoredFields stored = opened.reader().storedFields();
            List<MemoryEntry> entries = new ArrayList<>();
            for (int d = 0; d < opened.reader().maxDoc(); d++) entries.add(IndexFields.entry(stored.document(d)));
            return new Built(entries, opened.stats());
        } finally {
            opened.reader().close();
            opened.directory().close();
        }
    }

    @Test
    void aChildJvmBuildsTheIndexTheProcessWouldHaveBuilt() throws Exception {
        Path tmx = memory();
        Path childLog = dir.resolve("child-gc.log");
        Built inProcess = open(tmx, "here", IndexBuildProcess.Settings.IN_PROCESS);
        Built child = open(tmx, "child", new IndexBuildProcess.Settings(
                Optional.of(List.of("-XX:+UseSerialGC", "-Xlog:gc:file=" + childLog)), 0));
        assertTrue(Files.exists(childLog), "the child JVM ran (its GC log)");
        assertEquals(500, inProcess.entries().size());
        assertEquals(inProcess.entries(), child.entries());
        assertTrue(child.stats().rebuilt(), "built by this open, in the child");
        assertEquals(inProcess.stats().entries(), child.stats().entries());
        assertFalse(Files.list(dir).anyMatch(p -> p.getFileName().toString().contains(".building-")), "nothing left beside");
        // the next open finds it current, without a child
        Path secondLog = dir.resolve("second-gc.log");
        Built again = open(tmx, "child", new IndexBuildProcess.Settings(
                Optional.of(List.of("-Xlog:gc:file=" + secondLog)), 0));
        assertFalse(again.stats().rebuilt());
        assertFalse(Files.exists(secondLog), "no child for a current index");
    }

    @Test
    void aChildThatCannotRunLeavesTheBuildToTheCaller() throws Exception {
        Path tmx = memory();
        Built built = open(tmx, "idx", new IndexBuildProcess.Settings(Optional.of(List.of("-XX:+NoSuchOptionForGlossa")), 0));
        assertEquals(500, built.entries().size());
        assertTrue(built.stats().rebuilt());
    }

    @Test
    void filesBelowTheThresholdAndProcessesWithoutTheSettingBuildInProcess() throws Exception {
        Path tmx = memory();
        Path log = dir.resolve("gc.log");
        Built small = open(tmx, "small", new IndexBuildProcess.Settings(
                Optional.of(List.of("-Xlog:gc:file=" + log)), Files.size(tmx) + 1));
        assertEquals(500, small.entries().size());
        assertFalse(Files.exists(log), "no child below the threshold");
        assertEquals(IndexBuildProcess.Settings.IN_PROCESS, settingsWith(null, null));
        assertEquals(new IndexBuildProcess.Settings(Optional.of(List.of("-XX:+UseSerialGC", "-Xmx1g")), 32L << 20),
                settingsWith(" -XX:+UseSerialGC  -Xmx1g ", null));
        assertEquals(new IndexBuildProcess.Settings(Optional.of(List.of()), 0), settingsWith("", "0"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> settingsWith("", "32MB"));
        assertTrue(e.getMessage().contains(IndexBuildProcess.MIN_BYTES), e.getMessage());
    }

    private static IndexBuildProcess.Settings settingsWith(String options, String minBytes) {
        return IndexBuildProcess.Settings.of(Optional.ofNullable(options), Optional.ofNullable(minBytes));
    }

    @Test
    void theChildsSchedulingOptionsComeBeforeTheConfiguredOnes() {
        List<String> command = IndexBuildProcess.childCommand(IndexBuildProcess.SCHEDULING, new IndexBuildProcess.Settings(
                Optional.of(List.of("-XX:+UseSerialGC", "-XX:ThreadPriorityPolicy=0")), 0), dir.resolve("m.tmx"),
                dir.resolve("i"), "en", "de", IndexOptions.DEFAULT);
        int n = IndexBuildProcess.SCHEDULING.size();
        assertEquals(IndexBuildProcess.SCHEDULING, command.subList(1, 1 + n));
        assertEquals(List.of("-XX:+UseSerialGC", "-XX:ThreadPriorityPolicy=0"), command.subList(1 + n, 3 + n),
                "a configured option comes later, so it overrides");
        assertEquals(List.of(dir.resolve("m.tmx").toString(), dir.resolve("i").toString(), "en", "de", "false"),
                command.subList(command.size() - 5, command.size()));
    }

    @Test
    void onlyAProcessAtNiceZeroGivesItsChildPriorities() {
        assertEquals(IndexBuildProcess.SCHEDULING, IndexBuildProcess.scheduling(Optional.of(0)));
        assertEquals(List.of(), IndexBuildProcess.scheduling(Optional.of(10)), "the user's nice is kept");
        assertEquals(List.of(), IndexBuildProcess.scheduling(Optional.empty()));
    }

    @Test
    void theChildAsksForHugePagesOnlyWhereTheKernelGivesThemOnRequest() {
        assertEquals(IndexBuildProcess.HUGE_PAGES, IndexBuildProcess.hugePages(Optional.of("always [madvise] never\n")));
        assertEquals(List.of(), IndexBuildProcess.hugePages(Optional.of("[always] madvise never\n")),
                "with THP always the heap has huge pages without asking");
        assertEquals(List.of(), IndexBuildProcess.hugePages(Optional.of("always madvise [never]\n")));
        assertEquals(List.of(), IndexBuildProcess.hugePages(Optional.empty()), "no THP, not Linux");
    }

    /**
     * What decision 0065 relies on, in a JVM started with the child's scheduling options and without them: a thread
     * at {@link IndexBuilder#BACKGROUND} runs 4 nice steps below one at normal priority (at nice 0 and 4 when the
     * test runs at nice 0 or as root; a niced non-root user's child gets no priorities), and nothing is printed.
     */
    @Test
    void inTheChildTheBuildsHelperThreadsRunAtALowerOsPriority() throws Exception {
        assertTrue(Files.isReadable(Path.of("/proc/thread-self/stat")), "Glossa's build runs on Linux");
        assertEquals("background 4 below normal", niceProbe(IndexBuildProcess.SCHEDULING));
        assertEquals("background 0 below normal", niceProbe(List.of()), "without them Java priorities are not the OS's");
    }

    private String niceProbe(List<String> options) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), NiceProbe.class.getName()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    /** Prints the Linux nice value of a thread at normal priority and of one at {@link IndexBuilder#BACKGROUND}. */
    public static final class NiceProbe {
        public static void main(String[] args) throws Exception {
            int[] nice = new int[2];
            Thread normal = new Thread(() -> nice[0] = nice());
            Thread background = new Thread(() -> nice[1] = nice());
            normal.setPriority(Thread.NORM_PRIORITY);
            background.setPriority(IndexBuilder.BACKGROUND);
            normal.start();
            background.start();
            normal.join();
            background.join();
            System.out.println("background " + (nice[1] - nice[0]) + " below normal");
        }

        private static int nice() {
            return IndexBuildProcess.niceIn(Path.of("/proc/thread-self/stat")).orElseThrow();
        }
    }
}
