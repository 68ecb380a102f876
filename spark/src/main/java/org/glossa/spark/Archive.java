package org.glossa.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.glossa.core.files.InputListing;
import org.glossa.core.files.PathSelection;

/**
 * The input files of a job, listed on the driver by core's {@link InputListing} (the command line's listing: the
 * same files, in the same order, under the same names, a file given twice listed twice) over a {@link Tree} that
 * walks local paths as the command line does and other locations with Hadoop's file systems (HDFS, S3A…).
 */
final class Archive {
    /**
     * One input file.
     *
     * @param index    its position in the input order
     * @param uri      where it is, for the tasks
     * @param name     how outputs and reports name it
     * @param relative its path under the directory it was found in (its name for a file named)
     */
    record Entry(int index, String uri, String name, String relative) implements Serializable {
    }

    private Archive() {
    }

    static List<Entry> list(List<String> args, Set<String> extensions, PathSelection selection, Configuration conf)
            throws IOException {
        List<Entry> out = new ArrayList<>();
        for (InputListing.Input<String> in : InputListing.expand(new Tree(conf), args, extensions, selection)) {
            String uri = isLocal(in.file()) ? Path.of(localPath(in.file())).toAbsolutePath().toUri().toString()
                    : in.file();
            out.add(new Entry(out.size(), uri, in.file(), in.relative().toString()));
        }
        return out;
    }

    /**
     * Locations as the command line names them: a local one (a path or a {@code file:} URI) is core's
     * {@link InputListing#LOCAL}, any other Hadoop's; a file found under a directory is the directory joined with its
     * path below it.
     */
    private record Tree(Configuration conf) implements InputListing.Tree<String> {
        @Override
        public boolean isDirectory(String location) throws IOException {
            if (isLocal(location)) return InputListing.LOCAL.isDirectory(Path.of(localPath(location)));
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(location);
            try {
                return p.getFileSystem(conf).getFileStatus(p).isDirectory();
            } catch (FileNotFoundException e) {
                return false; // read (and reported) as that file's failure, as the command line does
            }
        }

        @Override
        public List<InputListing.Input<String>> files(String directory) throws IOException {
            List<InputListing.Input<String>> out = new ArrayList<>();
            if (isLocal(directory)) {
                Path dir = Path.of(localPath(directory));
                for (InputListing.Input<Path> f : InputListing.LOCAL.files(dir)) {
                    out.add(new InputListing.Input<>(f.file().toString(), f.relative()));
                }
                return out;
            }
            org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(directory);
            FileSystem fs = root.getFileSystem(conf);
            String base = fs.getFileStatus(root).getPath().toUri().getPath();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
            while (it.hasNext()) {
                LocatedFileStatus f = it.next();
                if (!f.isFile()) continue;
                String relative = f.getPath().toUri().getPath().substring(base.length()).replaceFirst("^/+", "");
                out.add(new InputListing.Input<>(directory.replaceFirst("/+$", "") + "/" + relative, Path.of(relative)));
            }
            return out;
        }

        @Override
        public Path name(String location) {
            return isLocal(location) ? InputListing.LOCAL.name(Path.of(localPath(location)))
                    : Path.of(new org.apache.hadoop.fs.Path(location).getName());
        }
    }

    /** Whether {@code location} is on the local file system (no scheme, or {@code file:}). */
    static boolean isLocal(String location) {
        return location.startsWith("file:") || !location.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*");
    }

    /** The local path of a local location (a plain path or a {@code file:} URI). */
    static String localPath(String location) {
        return location.startsWith("file:") ? Path.of(URI.create(location)).toString() : location;
    }
}
