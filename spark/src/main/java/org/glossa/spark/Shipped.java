package org.glossa.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.JavaSparkContext;
import org.glossa.core.InputException;
import org.glossa.core.tm.index.TranslationMemory;

/**
 * The files every task needs (glossaries, memories, SRX rules), sent to the executors once per job with
 * {@link JavaSparkContext#addFile}: tasks find them by name in {@link SparkFiles}. A memory goes with its Lucene
 * index: the driver copies the TMX into a staging folder, opens it there once (which builds the index beside it,
 * {@code <name>.tmx.glossa-index/}) and ships both; an executor finds the index beside its copy of the TMX, with the
 * fingerprint of the same content, and opens it instead of building it again.
 */
final class Shipped {
    /**
     * The names of the files shipped (their file names; {@code srx} empty for none); tasks resolve them with
     * {@link #local(String)} and {@link #memory(String)}.
     */
    record Names(List<String> glossaries, List<String> memories, String srx, long newest) implements Serializable {
        Names {
            glossaries = new ArrayList<>(glossaries); // serializable
            memories = new ArrayList<>(memories);
        }

        Optional<Path> srxFile() {
            return srx.isEmpty() ? Optional.empty() : Optional.of(local(srx));
        }
    }

    private final JavaSparkContext sc;
    private final Path staging;
    private final Set<String> names = new HashSet<>();

    Shipped(JavaSparkContext sc) throws IOException {
        this.sc = sc;
        this.staging = Files.createTempDirectory("glossa-spark-staging-");
    }

    /**
     * Ships the files; memories with their index for {@code source}→{@code target}. {@code newest} is the latest
     * modification time among them (outputs older than that are not up to date).
     */
    Names ship(List<String> glossaries, List<String> memories, Optional<String> srx, String source, String target)
            throws IOException {
        long[] newest = {0};
        List<String> g = new ArrayList<>();
        for (String f : glossaries) g.add(add(f, newest));
        List<String> m = new ArrayList<>();
        List<Path> staged = new ArrayList<>();
        for (String f : memories) {
            Path local = stage(f, newest);
            staged.add(local);
            m.add(local.getFileName().toString());
        }
        if (!staged.isEmpty()) {
            // builds (or finds) each memory's index beside its staged copy, once, here on the driver
            try (TranslationMemory tm = TranslationMemory.open(staged, source, target)) {
                tm.stats();
            }
            for (Path p : staged) sc.sc().addArchive(zip(p).toUri().toString());
        }
        String s = srx.isPresent() ? add(srx.get(), newest) : "";
        return new Names(g, m, s, newest[0]);
    }

    /** {@code <name>.zip} beside the staged memory: the TMX and its index folder, unpacked by each executor. */
    private static Path zip(Path tmx) throws IOException {
        Path zip = tmx.resolveSibling(tmx.getFileName() + ".zip");
        Path dir = tmx.getParent();
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip));
             var walk = Files.walk(tmx.resolveSibling(tmx.getFileName() + ".glossa-index"))) {
            List<Path> files = new ArrayList<>(List.of(tmx));
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            for (Path f : files) {
                out.putNextEntry(new java.util.zip.ZipEntry(dir.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return zip;
    }

    /** Adds one file as it is (local or any Hadoop file system). */
    private String add(String location, long[] newest) throws IOException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(location);
        FileSystem fs = p.getFileSystem(sc.hadoopConfiguration());
        if (!fs.exists(p)) throw new InputException(location, "no such file");
        newest[0] = Math.max(newest[0], fs.getFileStatus(p).getModificationTime());
        String name = unique(p.getName(), location);
        sc.addFile(Archive.isLocal(location) ? Path.of(Archive.localPath(location)).toAbsolutePath().toUri().toString() : location);
        return name;
    }

    /** A memory copied into the staging folder (its time kept), where its index is built. */
    private Path stage(String location, long[] newest) throws IOException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(location);
        FileSystem fs = p.getFileSystem(sc.hadoopConfiguration());
        if (!fs.exists(p)) throw new InputException(location, "no such file");
        newest[0] = Math.max(newest[0], fs.getFileStatus(p).getModificationTime());
        Path copy = staging.resolve(unique(p.getName(), location));
        fs.copyToLocalFile(false, p, new org.apache.hadoop.fs.Path(copy.toUri()), true);
        return copy;
    }

    private String unique(String name, String location) {
        if (!names.add(name)) {
            throw new InputException(location, "another file named " + name + " is given too; the executors receive"
                    + " files by name: rename one of them");
        }
        return name;
    }

    /** Deletes the staging folder (the executors have their copies). */
    void close() throws IOException {
        TaskFiles.delete(staging);
    }

    /** On an executor: the local copy of a shipped file. */
    static Path local(String name) {
        return Path.of(SparkFiles.get(name));
    }

    static List<Path> local(List<String> names) {
        return names.stream().map(Shipped::local).toList();
    }

    /** On an executor: the local copy of a shipped memory (unpacked with its index). */
    static Path memory(String name) {
        return Path.of(SparkFiles.get(name + ".zip")).resolve(name);
    }

    static List<Path> memories(List<String> names) {
        return names.stream().map(Shipped::memory).toList();
    }
}
