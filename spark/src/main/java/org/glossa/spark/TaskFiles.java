package org.glossa.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.apache.hadoop.fs.FileSystem;

/**
 * Files as a task sees them. Core reads and writes {@link Path}s: a local file is used in place; a file of another
 * file system (HDFS, S3A…) is copied to a local temporary folder first (its modification time kept) and an output
 * written there is copied to its file system under a temporary name and renamed into place.
 */
final class TaskFiles {
    private TaskFiles() {
    }

    /** The local path of {@code uri}, copying it into {@code scratch} when it is not local. */
    static Path local(String uri, Path scratch, HadoopConf hadoop) throws IOException {
        if (Archive.isLocal(uri)) return uri.startsWith("file:") ? Path.of(URI.create(uri)) : Path.of(uri);
        org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(uri);
        FileSystem fs = remote.getFileSystem(hadoop.configuration());
        Path copy = scratch.resolve(remote.getName());
        try (InputStream in = fs.open(remote)) {
            Files.copy(in, copy);
        }
        Files.setLastModifiedTime(copy, FileTime.fromMillis(fs.getFileStatus(remote).getModificationTime()));
        return copy;
    }

    /**
     * The local path of an input: a local file by the name the command line gives it (so messages and outputs
     * name it alike), any other copied into {@code scratch}.
     */
    static Path source(Archive.Entry e, Path scratch, HadoopConf hadoop) throws IOException {
        return Archive.isLocal(e.name()) ? Path.of(Archive.localPath(e.name())) : local(e.uri(), scratch, hadoop);
    }

    /** Modification time of {@code uri} in milliseconds, 0 when it does not exist. */
    static long modified(String uri, HadoopConf hadoop) throws IOException {
        if (Archive.isLocal(uri)) {
            Path p = local(uri, null, hadoop);
            return Files.isRegularFile(p) ? Files.getLastModifiedTime(p).toMillis() : 0;
        }
        org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(uri);
        FileSystem fs = remote.getFileSystem(hadoop.configuration());
        return fs.exists(remote) ? fs.getFileStatus(remote).getModificationTime() : 0;
    }

    /** Copies the local file {@code written} to {@code uri} (another file system): a temporary name, then a rename. */
    static void upload(Path written, String uri, HadoopConf hadoop) throws IOException {
        org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(uri);
        FileSystem fs = target.getFileSystem(hadoop.configuration());
        org.apache.hadoop.fs.Path tmp = new org.apache.hadoop.fs.Path(target.getParent(),
                "." + target.getName() + "." + java.util.UUID.randomUUID() + ".tmp");
        try (OutputStream out = fs.create(tmp, false)) {
            Files.copy(written, out);
        }
        if (fs.exists(target) && !fs.delete(target, false)) throw new IOException(uri + ": cannot replace it");
        if (!fs.rename(tmp, target)) throw new IOException(uri + ": cannot rename " + tmp + " to it");
    }

    /** A temporary folder for one task, deleted with everything in it by {@link #delete(Path)}. */
    static Path scratch() throws IOException {
        return Files.createTempDirectory("glossa-spark-");
    }

    static void delete(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
