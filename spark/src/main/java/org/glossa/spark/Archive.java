package org.glossa.spark;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.glossa.core.InputException;
import org.glossa.core.files.FileKind;
import org.glossa.core.files.PathSelection;

/**
 * The input files of a job, listed on the driver with Hadoop's file systems (local, HDFS, S3A…) as the command line
 * lists them: a file named is taken as it is; a directory is searched recursively, hidden files left out, by
 * extension and then by the {@code --include}/{@code --exclude} globs, in name order; a directory without any is an
 * input error. Each file is named as the command line names it (the argument joined with the path found under it),
 * so reports and outputs read the same.
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
        for (String arg : args) {
            org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(arg);
            FileSystem fs = root.getFileSystem(conf);
            FileStatus status;
            try {
                status = fs.getFileStatus(root);
            } catch (java.io.FileNotFoundException e) {
                throw new InputException(arg, "no such file");
            }
            if (!status.isDirectory()) {
                out.add(new Entry(out.size(), status.getPath().toUri().toString(), arg, root.getName()));
                continue;
            }
            String base = status.getPath().toUri().getPath();
            List<String[]> found = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
            while (it.hasNext()) {
                LocatedFileStatus f = it.next();
                if (!f.isFile() || f.getPath().getName().startsWith(".")) continue;
                if (!FileKind.hasExtension(f.getPath().getName(), extensions)) continue;
                String relative = f.getPath().toUri().getPath().substring(base.length()).replaceFirst("^/+", "");
                if (!selection.accepts(Path.of(relative))) continue;
                found.add(new String[] {relative, f.getPath().toUri().toString()});
            }
            if (found.isEmpty()) {
                throw new InputException(arg, "no input files in " + arg + " (looked for "
                        + extensions.stream().sorted().map(x -> "." + x).collect(Collectors.joining(", ")) + ")");
            }
            found.sort(Comparator.comparing(f -> f[0]));
            for (String[] f : found) out.add(new Entry(out.size(), f[1], nameUnder(arg, f[0]), f[0]));
        }
        return out;
    }

    /** The name the command line gives a file found under {@code arg}: a local path as Java joins it, else the URI. */
    private static String nameUnder(String arg, String relative) {
        if (isLocal(arg)) return Path.of(localPath(arg)).resolve(relative).toString();
        return arg.replaceFirst("/+$", "") + "/" + relative;
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
